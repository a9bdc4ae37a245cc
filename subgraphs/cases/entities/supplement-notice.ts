import { Entity, Enum, ManyToOne, PrimaryKey, Property, Rel } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { ActorRole, CaseStatus } from '../enums';
import type { Case } from './case';

@ObjectType({ description: 'A material the applicant still has to bring, and why.' })
export class MissingMaterial {
  @Field({ description: 'The material’s code in the pinned item version.' })
  code!: string;

  @Field({ description: 'The material’s name.' })
  name!: string;

  @Field({ description: 'Why it is needed: not submitted, or what is wrong with what was submitted.' })
  reason!: string;
}

/**
 * 补正材料通知书: one notice lists everything missing at once (一次性告知). It is a document, so
 * it is written once; only `resolvedAt` is set when the materials arrive (an event records that too).
 */
@ObjectType({
  description: 'A supplement notice (补正材料通知书): every missing material, with the reason, in one document.',
})
@Entity({ tableName: 'supplement_notices' })
export class SupplementNotice {
  @Field(() => Int, { description: 'The notice’s number.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Field(() => GraphQLISODateTime, { description: 'When the notice was issued.' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'The application’s receipt or acceptance time printed on the notice.',
  })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => ActorRole, { description: 'The capacity in which it was issued (SYSTEM for the check at submission).' })
  @Enum({ items: () => ActorRole, type: 'string', length: 30 })
  issuedByRole!: ActorRole;

  @Field(() => String, {
    nullable: true,
    description: 'The window clerk who issued it; null when the hub’s own check did.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  clerk: string | null = null;

  @Field(() => String, { nullable: true, description: 'The window it was issued at.' })
  @Property({ type: 'string', length: 50, nullable: true })
  windowCode: string | null = null;

  @Field({ description: 'The code of the department responsible for the item.' })
  @Property({ type: 'string', length: 50 })
  departmentCode!: string;

  @Field({ description: 'That department’s name, as printed on the notice.' })
  @Property({ type: 'string', length: 200 })
  departmentName!: string;

  @Field(() => Int, { description: 'The promised time limit in working days.' })
  @Property({ type: 'integer' })
  promisedTimeLimit!: number;

  /** The status the case returns to when the materials arrive (SUBMITTED or IN_REVIEW). */
  @Field(() => CaseStatus, {
    description: 'The status the case was in when the notice was issued, and returns to once supplied.',
  })
  @Enum({ items: () => CaseStatus, type: 'string', length: 20 })
  requestedInStatus!: CaseStatus;

  @Field(() => [MissingMaterial], { description: 'Every missing material, with the reason.' })
  @Property({ type: 'json' })
  missing!: MissingMaterial[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the listed materials were supplied; null while open.',
  })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}
