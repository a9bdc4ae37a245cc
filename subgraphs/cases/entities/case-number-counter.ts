import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last case-number sequence issued per day. Incremented by an atomic upsert inside the
 * submission transaction, so replicas sharing one database never issue the same number and a
 * rolled-back submission gives its number back.
 */
@Entity({ tableName: 'case_number_counters' })
export class CaseNumberCounter {
  /** yyyyMMdd in Asia/Shanghai. */
  @PrimaryKey({ type: 'string', length: 8 })
  day!: string;

  @Property({ type: 'integer' })
  lastSequence!: number;
}
