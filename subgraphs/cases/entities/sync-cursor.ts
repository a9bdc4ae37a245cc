import { Entity, PrimaryKeyProp, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where a poller has read up to in another system's feed, kept in the service's own database so a
 * restart (or another replica) carries on from there. Advanced only after what it covers was
 * taken in, so a crash in between re-reads it, and taking in must be idempotent.
 */
@Entity({ tableName: 'sync_cursors' })
export class SyncCursor {
  [PrimaryKeyProp]?: 'name';
  @PrimaryKey({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
