import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../lib/database';
import { verifyChain } from '../../../subgraphs/audit/chain';
import { AUDIT_ENTITIES, AuditRecord } from '../../../subgraphs/audit/entities';
import { AuditEntryInput } from '../../../subgraphs/audit/inputs/audit-entry.input';
import { AUDIT_MIGRATIONS } from '../../../subgraphs/audit/migrations';
import { appendEntries } from '../../../subgraphs/audit/services/append';

function entry(n: number): AuditEntryInput {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: `2026-11-27T08:00:0${n}.000Z`,
    service: 'pensions',
    requestId: `request-${n}`,
    subject: 'clerk-1',
    roles: 'DEPARTMENT_OFFICER',
    action: 'READ',
    entityType: 'Person',
    entityKey: '532503198001010015',
    fields: ['pension', 'payments'],
    system: 'pensions',
    operationHash: 'a'.repeat(64),
  };
}

describe('appending audit batches to the chain (SQLite file, as the embedded hub runs it)', () => {
  let directory: string;
  let orm: MikroORM;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'audit-append-'));
    orm = await openDatabase({
      url: join(directory, 'audit.sqlite'),
      entities: AUDIT_ENTITIES,
      migrations: AUDIT_MIGRATIONS,
    });
  });

  afterEach(async () => {
    await orm.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('opens the file in write-ahead-log mode', async () => {
    const [mode] = await orm.em.getConnection().execute<{ journal_mode: string }[]>('pragma journal_mode');
    expect(mode.journal_mode).toBe('wal');
  });

  it('stores a retried batch once, numbers the new entries on, and keeps the chain whole', async () => {
    expect(await appendEntries(orm.em.fork(), [entry(1), entry(2), entry(3)])).toBe(3);
    // the sender retries the whole batch with one more entry: only the new one is stored
    expect(await appendEntries(orm.em.fork(), [entry(2), entry(1), entry(4), entry(3)])).toBe(1);

    const records = await orm.em.fork().find(AuditRecord, {}, { orderBy: { sequence: 'asc' } });
    expect(records.map(({ sequence, entryId }) => [sequence, entryId.slice(-1)])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '4'],
    ]);
    expect(records[3]).toMatchObject({
      at: new Date('2026-11-27T08:00:04.000Z'),
      fieldList: 'pension,payments',
      previousHash: records[2].hash,
    });
    expect(await verifyChain(orm.em.fork())).toEqual({ checked: 4, headHash: records[3].hash, firstBroken: null });
  });
});
