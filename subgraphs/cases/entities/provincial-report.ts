import { Entity, PrimaryKeyProp, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { OutboxRow } from '../outbox/outbox';

/**
 * How far one case's history has reached the provincial platform: the reporting cursor over the
 * case's events (appended in the same transaction as every change, numbered 1, 2, … per case in
 * order) and whether its evaluation went too. It is the outbox row of the case's reporting: pending
 * while the case has something unreported, claimed with a lease, retried with backoff, flagged stuck,
 * never deleted. A row the platform refused for the hub's signature, app id or clock (2001–2004) is
 * held, with the code, until the platform accepts a signed probe: after the clock or the credentials
 * were fixed.
 */
@ObjectType({ description: 'How far one case’s events and evaluation have been reported to the provincial platform.' })
@Entity({ tableName: 'provincial_reports' })
export class ProvincialReport implements OutboxRow {
  [PrimaryKeyProp]?: 'caseNumber';
  [OptionalProps]?:
    | 'reportedEvents'
    | 'evaluationReported'
    | 'caseVersion'
    | 'pending'
    | 'refusalCode'
    | 'stuck'
    | 'attempts'
    | 'leaseUntil'
    | 'lastError'
    | 'lastReportedAt';

  /** The case (the graph's `case`). */
  @PrimaryKey({ type: 'string', length: 20 })
  caseNumber!: string;

  @Field(() => Int, {
    description: 'Events the platform has acknowledged (EVENT_NO 1 to this); the next report starts after them.',
  })
  @Property({ type: 'integer' })
  reportedEvents: number = 0;

  @Field({ description: 'True once the platform has the case’s evaluation (好差评).' })
  @Property({ type: 'boolean' })
  evaluationReported: boolean = false;

  /** The case's version when its reporting was last brought up to date: a newer one means new events. */
  @Property({ type: 'integer' })
  caseVersion: number = 0;

  @Field({ description: 'True while the case has events or an evaluation the platform does not have yet.' })
  @Property({ type: 'boolean' })
  pending: boolean = true;

  @Field(() => String, {
    nullable: true,
    description:
      'The platform’s code when it refused the hub’s request itself (2001 app id, 2002 signature, 2003 clock, 2004 nonce): held, not dropped, until a signed probe is accepted.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  refusalCode: string | null = null;

  @Field({
    description:
      'True after the configured number of failed attempts, or at once when refused: it needs a supervisor’s eye.',
  })
  @Property({ type: 'boolean' })
  stuck: boolean = false;

  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => GraphQLISODateTime, { description: 'When it is next tried, if pending.' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  leaseUntil: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the platform last acknowledged a report.' })
  @Property({ type: 'datetime', nullable: true })
  lastReportedAt: Date | null = null;
}
