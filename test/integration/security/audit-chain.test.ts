import { MikroORM } from '@mikro-orm/core';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { AuditRecorder, httpAuditSender } from '../../../lib/audit';
import { Identity } from '../../../lib/auth/identity';
import { systemRequestHeaders } from '../../../lib/auth/signed-request';
import { ormOptions } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { repoRoot } from '../../../lib/paths';
import { RunningServer } from '../../../lib/server';
import { startAudit } from '../../../subgraphs/audit';
import { AUDIT_ENTITIES } from '../../../subgraphs/audit/entities';
import { AUDIT_MIGRATIONS } from '../../../subgraphs/audit/migrations';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';

// The audit log as its own service: entries arrive in signed batches from the subgraphs' spools,
// are chained by SHA-256, and `npm run audit:verify` (dist/scripts/audit-verify.js) names the
// first entry that no longer fits the chain.
const VERIFY = join(repoRoot(), 'dist', 'scripts', 'audit-verify.js');
const FARMER = NAMED_RESIDENTS.forestFarmer.idNumber;
const PENSIONER = NAMED_RESIDENTS.pensioner.idNumber;
const TIMBER = NAMED_ENTERPRISES.timberCompany.creditCode;
const SUPERVISOR: Identity = { subject: 'sup-001', roles: ['SUPERVISOR'] };
const CLERK: Identity = { subject: '窗口 李娜', roles: ['WINDOW_CLERK'], windowCode: 'CW-INVEST' };
const secret = `audit-test-${randomBytes(24).toString('hex')}`;
const logger = createLogger('test');

let databaseUrl: string;
let dropDatabase: () => Promise<void>;
let audit: RunningServer;
let recorder: AuditRecorder;

const start = () => startAudit({ port: 0, databaseUrl, logger, secret });
const newRecorder = (url: string) =>
  new AuditRecorder({
    service: 'health-insurance',
    spoolDirectory: mkdtempSync(join(tmpdir(), 'audit-chain-')),
    send: httpAuditSender(url, (body) => systemRequestHeaders('health-insurance', secret, body)),
    logger,
  });

const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { sequence subject roles action entityType entityKey fields system service requestId operationHash }
    pageInfo { hasNextPage endCursor }
  }
}`;
const asSupervisor = (variables: Record<string, unknown> = {}) =>
  postGraphQL(audit.url, AUDIT_LOG, variables, { identity: SUPERVISOR, secret });

/** The verify command as an operator runs it; its exit code and output. */
async function verify(): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(VERIFY)) throw new Error(`${VERIFY} is missing: build first (npm test does, or npx tsc -p .)`);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [VERIFY], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Changes the stored audit log behind the service's back, as an intruder with database access would. */
async function tamper(sql: string, params: unknown[]) {
  const orm = await MikroORM.init(
    ormOptions({ url: databaseUrl, entities: AUDIT_ENTITIES, migrations: AUDIT_MIGRATIONS }),
  );
  await orm.em.getConnection().execute(sql, params);
  await orm.close();
}

beforeAll(async () => {
  const database = await createTestDatabase('audit_chain');
  // the verify command is another process: an in-memory SQLite database would be invisible to it
  databaseUrl =
    database.url === ':memory:' ? join(mkdtempSync(join(tmpdir(), 'audit-db-')), 'audit.sqlite') : database.url;
  dropDatabase = database.drop;
  audit = await start();
  recorder = newRecorder(audit.url);
});
afterAll(async () => {
  await audit.stop();
  await dropDatabase();
});

describe('the audit log', () => {
  it('stores each subgraph’s entries, chained, and shows them to supervisors newest first', async () => {
    const trail = recorder.trail(undefined, CLERK);
    trail.read({ type: 'Person', key: FARMER }, ['healthInsurance'], 'health-insurance');
    trail.read({ type: 'Person', key: FARMER }, ['healthInsurance'], 'health-insurance'); // the same access once
    trail.refused({ type: 'Person', key: PENSIONER }, ['_entities'], 'health-insurance');
    recorder.trail(undefined, null).wrote({ type: 'Enterprise', key: TIMBER }, ['cases/53250320250926000001']);
    expect(recorder.backlog()).toBe(3);
    expect(await recorder.flush()).toBe(3);
    expect(recorder.backlog()).toBe(0);

    const common = { service: 'health-insurance', requestId: null, operationHash: null };
    expect(await asSupervisor()).toEqual({
      data: {
        auditLog: {
          totalCount: 3,
          nodes: [
            {
              ...common,
              sequence: 3,
              subject: null,
              roles: null,
              action: 'WRITE',
              entityType: 'Enterprise',
              entityKey: TIMBER,
              fields: ['cases/53250320250926000001'],
              system: null,
            },
            {
              ...common,
              sequence: 2,
              subject: CLERK.subject,
              roles: 'WINDOW_CLERK',
              action: 'REFUSED',
              entityType: 'Person',
              entityKey: PENSIONER,
              fields: ['_entities'],
              system: 'health-insurance',
            },
            {
              ...common,
              sequence: 1,
              subject: CLERK.subject,
              roles: 'WINDOW_CLERK',
              action: 'READ',
              entityType: 'Person',
              entityKey: FARMER,
              fields: ['healthInsurance'],
              system: 'health-insurance',
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        },
      },
    });
  });

  it('filters by person and pages with a cursor', async () => {
    const first = await asSupervisor({ filter: { entityKey: FARMER }, first: 1 });
    expect(first.data.auditLog.nodes.map(({ sequence }: { sequence: number }) => sequence)).toEqual([1]);
    expect(first.data.auditLog.totalCount).toBe(1);
    const page = await asSupervisor({ first: 2 });
    const next = await asSupervisor({ first: 2, after: page.data.auditLog.pageInfo.endCursor });
    expect(next.data.auditLog.nodes.map(({ sequence }: { sequence: number }) => sequence)).toEqual([1]);
    expect(next.data.auditLog.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('answers only supervisors', async () => {
    const callers: [Identity | null, string][] = [
      [{ subject: FARMER, roles: ['CITIZEN'] }, 'FORBIDDEN'],
      [CLERK, 'FORBIDDEN'],
      [{ subject: 'admin', roles: ['ADMIN'] }, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ];
    for (const [identity, code] of callers) {
      const answer = await postGraphQL(audit.url, AUDIT_LOG, {}, { identity, secret });
      expect(answer.data).toBeNull();
      expect(answer.errors?.map(({ extensions }) => extensions.code)).toEqual([code]);
    }
  });

  it('takes entries only from the hub’s own services (SYSTEM)', async () => {
    const forged = await postGraphQL(
      audit.url,
      `mutation ($entries: [AuditEntryInput!]!) { recordAuditEntries(entries: $entries) }`,
      {
        entries: [
          {
            id: '00000000-0000-4000-8000-000000000001',
            at: new Date().toISOString(),
            service: 'cases',
            requestId: null,
            subject: 'x',
            roles: 'SUPERVISOR',
            action: 'READ',
            entityType: 'Person',
            entityKey: FARMER,
            fields: ['person'],
            system: null,
            operationHash: null,
          },
        ],
      },
      { identity: SUPERVISOR, secret },
    );
    expect(forged.errors?.map(({ extensions }) => [extensions.code, extensions.reason])).toEqual([
      ['FORBIDDEN', 'ROLE'],
    ]);
    expect((await asSupervisor()).data.auditLog.totalCount).toBe(3);
  });

  it('refuses an ID that is no ID and a request id that is no request id, naming the field', async () => {
    for (const [filter, field] of [
      [{ entityKey: '532503198001010016' }, 'filter.entityKey'],
      [{ entityKey: "' OR 1=1 --" }, 'filter.entityKey'],
      [{ requestId: "x'; DROP TABLE audit_records; --" }, 'filter.requestId'],
    ] as const) {
      const answer = await asSupervisor({ filter });
      expect(answer.data).toBeNull();
      expect(answer.errors?.map(({ extensions }) => [extensions.code, extensions.field])).toEqual([
        ['BAD_USER_INPUT', field],
      ]);
    }
    // free text is only ever a bound parameter: it matches nothing, and the table is still there
    const sqlish = await asSupervisor({ filter: { subject: "' OR '1'='1" } });
    expect(sqlish.data.auditLog.totalCount).toBe(0);
    expect((await asSupervisor()).data.auditLog.totalCount).toBe(3);
  });

  it('keeps entries in the spool while the audit service is down, and delivers them once it is back', async () => {
    const port = audit.port;
    await audit.stop();
    recorder.trail(undefined, CLERK).read({ type: 'Person', key: PENSIONER }, ['pension'], 'pensions');
    await expect(recorder.flush()).rejects.toThrow();
    expect(recorder.backlog()).toBe(1);

    audit = await startAudit({ port, databaseUrl, logger, secret });
    expect(await recorder.flush()).toBe(1);
    expect(recorder.backlog()).toBe(0);
    const log = await asSupervisor({ first: 1 });
    expect(
      log.data.auditLog.nodes.map(({ sequence, entityKey }: { sequence: number; entityKey: string }) => [
        sequence,
        entityKey,
      ]),
    ).toEqual([[4, PENSIONER]]);
  });

  it('stores a batch sent twice once', async () => {
    const send = httpAuditSender(audit.url, (body) => systemRequestHeaders('cases', secret, body));
    const entry = {
      id: '7b0c8f5e-2f5a-4c57-9d8e-3a1f0b6c9d21',
      at: '2025-09-26T02:00:00.000Z',
      service: 'cases',
      requestId: 'req-1',
      subject: FARMER,
      roles: 'CITIZEN',
      action: 'READ' as const,
      entityType: 'Person' as const,
      entityKey: FARMER,
      fields: ['person'],
      system: null,
      operationHash: 'a'.repeat(64),
    };
    await send([entry]);
    await send([entry]);
    expect((await asSupervisor({ filter: { requestId: 'req-1' } })).data.auditLog.totalCount).toBe(1);
    expect((await asSupervisor()).data.auditLog.totalCount).toBe(5);
  });

  it('verifies an intact chain', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^audit chain intact: 5 entries, head [0-9a-f]{64}\n$/);
  });

  it('names the first entry whose content was edited in the database', async () => {
    const edited = (await asSupervisor({ filter: { entityKey: FARMER } })).data.auditLog.nodes;
    // entry 1 was the farmer's health insurance read by the clerk: make it look like someone else's
    const target = await postGraphQL(
      audit.url,
      `{ auditLog(first: 5) { nodes { sequence entryId } } }`,
      {},
      { identity: SUPERVISOR, secret },
    );
    expect(edited.map(({ sequence }: { sequence: number }) => sequence)).toEqual([5, 1]);
    await tamper('update audit_records set entity_key = ? where sequence = ?', [PENSIONER, 1]);
    const result = await verify();
    const id = target.data.auditLog.nodes.find(({ sequence }: { sequence: number }) => sequence === 1).entryId;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `audit chain BROKEN at entry 1 (id ${id}): CONTENT_CHANGED\nentries before it (0) are intact; head of the intact part ${'0'.repeat(64)}\n`,
    );
  });

  it('names the entry after one that was deleted', async () => {
    await tamper('update audit_records set entity_key = ? where sequence = ?', [FARMER, 1]); // the edit undone
    expect((await verify()).code).toBe(0);
    await tamper('delete from audit_records where sequence = ?', [3]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^audit chain BROKEN at entry 4 \(id [0-9a-f-]{36}\): SEQUENCE_GAP\n/);
  });
});
