import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last ticket sequence issued per zone and day. Incremented by one atomic upsert inside the
 * take's transaction (as cases' case_number_counters), so concurrent ticket machines on any
 * number of replicas never issue the same number.
 */
@Entity({ tableName: 'ticket_counters' })
export class TicketCounter {
  @PrimaryKey({ type: 'string', length: 40 })
  zoneCode!: string;

  /** yyyy-MM-dd in Asia/Shanghai: a new day starts a new row, so numbering restarts at midnight. */
  @PrimaryKey({ type: 'string', length: 10 })
  serviceDay!: string;

  @Property({ type: 'integer' })
  lastSequence!: number;
}
