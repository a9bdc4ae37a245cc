import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntry } from '../../../lib/audit/entry';
import { AuditSpool } from '../../../lib/audit/spool';

const entry = (id: string): AuditEntry => ({
  id,
  at: '2026-11-27T08:00:00.000Z',
  service: 'cases',
  requestId: null,
  subject: null,
  roles: null,
  action: 'READ',
  entityType: 'Person',
  entityKey: '532503198001010015',
  fields: ['cases'],
  system: null,
  operationHash: null,
});

/** An audit service stand-in: stores by id, as the real one does, after a turn of the event loop. */
function auditService() {
  const stored = new Map<string, number>();
  const send = async (entries: AuditEntry[]) => {
    await new Promise((resolve) => setImmediate(resolve));
    for (const { id } of entries) stored.set(id, (stored.get(id) ?? 0) + 1);
  };
  return { stored, send };
}

test('a round sends every spooled entry in batches, then nothing is left', async () => {
  const spool = new AuditSpool(mkdtempSync(join(tmpdir(), 'spool-')), 'cases');
  const { stored, send } = auditService();
  spool.append(['a', 'b', 'c'].map(entry));
  spool.append([entry('d')]);
  expect(spool.backlog()).toBe(4);
  expect(await spool.drain(send, 3)).toBe(4);
  expect({ stored: [...stored.keys()], backlog: spool.backlog(), again: await spool.drain(send, 3) }).toEqual({
    stored: ['a', 'b', 'c', 'd'],
    backlog: 0,
    again: 0,
  });
});

test('a failed round keeps its entries for the next', async () => {
  const spool = new AuditSpool(mkdtempSync(join(tmpdir(), 'spool-')), 'cases');
  spool.append([entry('a')]);
  await expect(spool.drain(() => Promise.reject(new Error('audit service down')), 10)).rejects.toThrow(
    'audit service down',
  );
  const { stored, send } = auditService();
  expect([spool.backlog(), await spool.drain(send, 10), [...stored.keys()]]).toEqual([1, 1, ['a']]);
});

test('two processes sharing one directory lose nothing and do not trip over each other', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'spool-'));
  const replicas = [new AuditSpool(directory, 'cases'), new AuditSpool(directory, 'cases')];
  const { stored, send } = auditService();
  const written: string[] = [];
  for (let round = 0; round < 20; round++) {
    replicas.forEach((spool, replica) => {
      const id = `${round}-${replica}`;
      spool.append([entry(id)]);
      written.push(id);
    });
    // both replicas' rounds at once, in the same millisecond: each sets its file aside under its
    // own name and skips what the other already sent
    await Promise.all(replicas.map((spool) => spool.drain(send, 5)));
  }
  expect({
    stored: [...stored.keys()].sort(),
    backlog: replicas.map((spool) => spool.backlog()),
    files: readdirSync(directory),
  }).toEqual({ stored: written.sort(), backlog: [0, 0], files: [] });
});
