import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * What the provincial platform last acknowledged for one item version: the fingerprint of the
 * record pushed. A version is pushed again only when what it says changed (a retirement, another
 * window authorised), so running the sync again sends nothing new.
 */
@Entity({ tableName: 'provincial_push' })
@Unique({ properties: ['itemCode', 'version'] })
export class ProvincialPush {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 60 })
  itemCode!: string;

  @Property({ type: 'integer' })
  version!: number;

  /** SHA-256 of the implementation-list record as pushed. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'datetime' })
  pushedAt!: Date;

  /** The platform's answer: CREATED, UPDATED or UNCHANGED. */
  @Property({ type: 'string', length: 10 })
  result!: string;
}
