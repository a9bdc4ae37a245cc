import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { TicketStatus } from '../enums';

/**
 * A queue ticket (取号). Its number is unique per zone and service day; `queuedAt` orders the
 * queue, and a transfer keeps it, so a transferred holder does not start again at the back.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A queue ticket taken for a hall zone or one of its windows.' })
@Entity({ tableName: 'tickets' })
@Unique({ properties: ['zoneCode', 'serviceDay', 'sequence'] })
export class Ticket {
  [OptionalProps]?: 'announcements';

  @Field(() => ID, { description: 'The ticket’s identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'The number shown and called, e.g. A007: per zone and day, from A001.' })
  @Property({ type: 'string', length: 10 })
  number!: string;

  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'string', length: 40, index: true })
  zoneCode!: string;

  /** Set when the ticket is for one window only (taken for it, or transferred to it). */
  @Property({ type: 'string', length: 40, nullable: true })
  windowCode: string | null = null;

  @Field(() => DateScalar, { description: 'The day (Asia/Shanghai) the ticket is valid for.' })
  @Property({ type: 'string', length: 10 })
  serviceDay!: string;

  @Field(() => TicketStatus, { description: 'Where the ticket stands.' })
  @Enum({ items: () => TicketStatus, type: 'string', length: 10 })
  status!: TicketStatus;

  /** The holder's resident ID when they gave it, validated (GB 11643) and upper-cased. */
  @Property({ type: 'string', length: 18, nullable: true })
  idNumber: string | null = null;

  @Field(() => String, { description: 'The ticket machine or self-service terminal that issued it.' })
  @Property({ type: 'string', length: 40 })
  terminalId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was taken.' })
  @Property({ type: 'datetime' })
  takenAt!: Date;

  /** Queue order: the taking time, kept through transfers. */
  @Property({ type: 'datetime' })
  queuedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was first called: its wait is calledAt − takenAt.',
  })
  @Property({ type: 'datetime', nullable: true })
  calledAt: Date | null = null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last announced (a call or a recall): the calling display orders by it.',
  })
  @Property({ type: 'datetime', nullable: true })
  announcedAt: Date | null = null;

  @Field(() => Int, { description: 'How many times it has been announced (calls and recalls).' })
  @Property({ type: 'integer' })
  announcements: number = 0;

  /** The window that called it and serves it. */
  @Property({ type: 'string', length: 40, nullable: true })
  servingWindowCode: string | null = null;

  /** The case the visit produced, linked by the clerk. */
  @Property({ type: 'string', length: 20, nullable: true })
  caseNumber: string | null = null;
}
