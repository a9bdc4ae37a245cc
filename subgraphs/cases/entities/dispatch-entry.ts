import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Rel, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { DispatchState } from '../enums';
import type { Case } from './case';

/**
 * The outbox: one entry per deciding department, written in the same transaction as the
 * acceptance. The dispatcher delivers it (at least once) to the department's subgraph, which
 * submits it to the legacy system; an entry is never deleted, and one that keeps failing is
 * flagged `stuck` for supervisors while it is still retried.
 */
@ObjectType({ description: 'The dispatch of a case to one deciding department (the outbox entry).' })
@Entity({ tableName: 'dispatch_entries' })
@Unique({ properties: ['case', 'departmentCode'] })
export class DispatchEntry {
  [OptionalProps]?: 'stuck' | 'attempts' | 'leaseUntil' | 'lastError' | 'deliveredAt' | 'recordNumber';

  @Field(() => Int, { description: 'The entry’s number.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Property({ type: 'string', length: 50 })
  departmentCode!: string;

  @Field({
    description:
      'The deciding system, as the catalogue names it (FORESTRY_HARVEST, PENSIONS…); NONE for a department that decides in the hub.',
  })
  @Property({ type: 'string', length: 30 })
  system!: string;

  /** The department subgraph that wraps the system; null for NONE (delivered to the hub's own queue). */
  @Property({ type: 'string', length: 50, nullable: true })
  subgraph: string | null = null;

  @Field(() => DispatchState, { description: 'Delivered or still pending.' })
  @Enum({ items: () => DispatchState, type: 'string', length: 20 })
  state!: DispatchState;

  @Field({
    description:
      'True after the configured number of failed attempts: it needs a supervisor’s eye (it is still retried).',
  })
  @Property({ type: 'boolean' })
  stuck: boolean = false;

  @Field(() => Int, { description: 'Failed delivery attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => GraphQLISODateTime, { description: 'When a pending entry is next tried.' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  /** While a dispatcher holds the entry; after a crash it lapses and another round takes the entry. */
  @Property({ type: 'datetime', nullable: true })
  leaseUntil: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the case was accepted and the entry written.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was delivered.' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The legacy system’s own number for the case (受理编号); null for a department deciding in the hub.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  recordNumber: string | null = null;
}
