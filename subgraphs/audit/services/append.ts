import { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { badUserInput } from '../../../lib/errors';
import { chainHash, GENESIS_HASH } from '../chain';
import { AuditRecord } from '../entities';
import { AuditEntryInput } from '../inputs/audit-entry.input';

/** Any 32-bit number of our own: the PostgreSQL advisory lock that orders appends from every replica. */
const APPEND_LOCK = 4_008_001;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A key as recorded: normally an 18-character ID, but a refused probe is kept as it was sent. */
const KEY = /^[^\u0000-\u001f]{1,64}$/;

function validated(entry: AuditEntryInput, index: number): AuditEntryInput {
  const field = (name: string) => `entries[${index}].${name}`;
  if (!UUID.test(entry.id)) throw badUserInput(field('id'), 'id is a UUID');
  if (Number.isNaN(Date.parse(entry.at))) throw badUserInput(field('at'), 'at is an ISO 8601 instant');
  if (!['READ', 'WRITE', 'REFUSED'].includes(entry.action))
    throw badUserInput(field('action'), 'action is READ, WRITE or REFUSED');
  if (!['Person', 'Enterprise'].includes(entry.entityType))
    throw badUserInput(field('entityType'), 'entityType is Person or Enterprise');
  if (!KEY.test(entry.entityKey)) throw badUserInput(field('entityKey'), 'entityKey is 1 to 64 printable characters');
  return entry;
}

/**
 * Appends a batch to the chain in one transaction, skipping entries already stored (a batch the
 * sender retried). Appends are serialised — an advisory lock on PostgreSQL, the single writer on
 * SQLite — so every record links to the one really before it. Returns how many were new.
 */
export async function appendEntries(em: EntityManager, entries: AuditEntryInput[]): Promise<number> {
  const batch = entries.map(validated);
  return em.transactional(async (tx) => {
    if (tx.getDriver() instanceof PostgreSqlDriver) {
      await tx
        .getConnection()
        .execute('select pg_advisory_xact_lock(?)', [APPEND_LOCK], 'run', tx.getTransactionContext());
    }
    const ids = [...new Set(batch.map((entry) => entry.id))];
    const stored = new Set((await tx.find(AuditRecord, { entryId: { $in: ids } })).map((record) => record.entryId));
    const head = await tx.findOne(AuditRecord, { sequence: { $gt: 0 } }, { orderBy: { sequence: 'desc' } });
    let sequence = head?.sequence ?? 0;
    let previousHash = head?.hash ?? GENESIS_HASH;
    const records: AuditRecord[] = [];
    for (const entry of batch) {
      if (stored.has(entry.id)) continue;
      stored.add(entry.id);
      sequence += 1;
      const content = {
        sequence,
        entryId: entry.id,
        at: new Date(entry.at),
        service: entry.service,
        requestId: entry.requestId,
        subject: entry.subject,
        roles: entry.roles,
        action: entry.action,
        entityType: entry.entityType,
        entityKey: entry.entityKey,
        fieldList: entry.fields.join(','),
        system: entry.system,
        operationHash: entry.operationHash,
      };
      const hash = chainHash(content, previousHash);
      records.push({ ...content, previousHash, hash });
      previousHash = hash;
    }
    // one multi-row insert, not a managed entity per record: the records are written once and
    // never changed, so the unit of work's tracking would be pure cost (most of the service's)
    if (records.length > 0) await tx.insertMany(AuditRecord, records);
    return sequence - (head?.sequence ?? 0);
  });
}
