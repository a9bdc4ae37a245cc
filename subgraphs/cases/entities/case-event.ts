import { Entity, Enum, ManyToOne, PrimaryKey, Property, Rel } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { ActorRole, CaseStatus } from '../enums';
import type { Case } from './case';

/** One transition of a case, appended in the same transaction as the change; never updated. */
@ObjectType({ description: 'A step in a case’s history: who moved it, when, from where to where, and why.' })
@Entity({ tableName: 'case_events' })
export class CaseEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Field(() => CaseStatus, { nullable: true, description: 'The status before; null for the submission itself.' })
  @Enum({ items: () => CaseStatus, type: 'string', length: 20, nullable: true })
  from: CaseStatus | null = null;

  @Field(() => CaseStatus, { description: 'The status after.' })
  @Enum({ items: () => CaseStatus, type: 'string', length: 20 })
  to!: CaseStatus;

  @Field(() => ActorRole, { description: 'The capacity in which the actor moved the case.' })
  @Enum({ items: () => ActorRole, type: 'string', length: 30 })
  actorRole!: ActorRole;

  @Field({ description: 'Who moved it: a clerk, a department code, `applicant` or `system`.' })
  @Property({ type: 'string', length: 100 })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The window it happened at, if any.' })
  @Property({ type: 'string', length: 50, nullable: true })
  windowCode: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: 'What happened, with the reason where one was given.' })
  @Property({ type: 'text' })
  note!: string;
}
