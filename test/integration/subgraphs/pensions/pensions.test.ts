import { GraphQLAnswer, personRepresentations, postGraphQL } from '../../../support/graphql';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS, RESIDENTS } from '../../../../adapters/kit/population';
import { CallSettings } from '../../../../adapters/kit';
import { DOUBLE_CREDENTIALS, startPensionsDouble } from '../../../../adapters/pensions/mock';
import { PERSONS } from '../../../../adapters/pensions/mock/seed';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntry, AuditRecorder } from '../../../../lib/audit';
import { createLogger } from '../../../../lib/logger';
import { RunningServer } from '../../../../lib/server';
import { startPensions } from '../../../../subgraphs/pensions';
import { asCitizen, asOfficer, KEEPERS } from '../../../support/identities';

/** 文澜镇 keeps the pension system: its officer reads anyone's account. */
const TOWN_OFFICER = asOfficer(KEEPERS.pensions);

const { pensioner, partyMember } = NAMED_RESIDENTS;
const SETTINGS: CallSettings = {
  timeoutMs: 1000,
  retry: { attempts: 2, baseDelayMs: 10 },
  breaker: { failureThreshold: 2, resetTimeoutMs: 60_000 },
};

let double: RunningDouble;
let admin: DoubleAdmin;
const running: RunningServer[] = [];

async function startSubgraph(baseUrl: string, settings: CallSettings = SETTINGS, audit?: AuditRecorder) {
  const subgraph = await startPensions({
    port: 0,
    logger: createLogger('test'),
    audit,
    client: { baseUrl, ...DOUBLE_CREDENTIALS, settings },
  });
  running.push(subgraph);
  return subgraph;
}

const pensionsOf = (subgraph: RunningServer, idNumbers: string[], selection: string, identity = TOWN_OFFICER) =>
  postGraphQL(
    subgraph.url,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { idNumber pension { ${selection} } } } }`,
    { representations: personRepresentations(idNumbers) },
    { identity },
  );

/** An audit recorder whose entries the test reads back (`flush()` first). */
function recordingAudit() {
  const entries: AuditEntry[] = [];
  const recorder = new AuditRecorder({
    service: 'pensions',
    spoolDirectory: mkdtempSync(join(tmpdir(), 'pensions-audit-')),
    send: async (sent) => void entries.push(...sent),
    logger: createLogger('test'),
  });
  return { recorder, entries };
}

const pathsAndExtensions = (errors: GraphQLAnswer['errors'] = []) =>
  errors.map(({ path, extensions }) => ({ path, extensions }));

beforeAll(async () => {
  double = await startPensionsDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterAll(async () => {
  await Promise.all(running.map((subgraph) => subgraph.stop()));
  await double.stop();
});
beforeEach(() => admin.reset());

describe('pensions subgraph over HTTP', () => {
  it('contributes Person.pension: the standard record, null for a person without one', async () => {
    const result = await pensionsOf(
      await startSubgraph(double.url),
      [pensioner.idNumber, partyMember.idNumber],
      'personalNumber status grade monthlyBenefitFen bankAccountMasked payments { kind period amountFen paidOn }',
    );

    expect(result).toEqual({
      data: {
        _entities: [
          {
            idNumber: pensioner.idNumber,
            pension: {
              personalNumber: 'YL53250300000004',
              status: 'RECEIVING_BENEFIT',
              grade: null,
              monthlyBenefitFen: 16850,
              bankAccountMasked: '621799*********0004',
              payments: [
                { kind: 'BENEFIT', period: '2025-10', amountFen: 16850, paidOn: '2025-10-10' },
                { kind: 'BENEFIT', period: '2025-11', amountFen: 16850, paidOn: '2025-11-10' },
                { kind: 'BENEFIT', period: '2025-12', amountFen: 16850, paidOn: '2025-12-10' },
              ],
            },
          },
          { idNumber: partyMember.idNumber, pension: null },
        ],
      },
    });
  });

  it('resolves 120 people with one call to the pension system', async () => {
    const people = RESIDENTS.slice(0, 120).map((resident) => resident.idNumber);
    const result = await pensionsOf(await startSubgraph(double.url), people, 'idNumber');

    expect(result).toEqual({
      data: {
        _entities: people.map((idNumber) => ({ idNumber, pension: PERSONS.has(idNumber) ? { idNumber } : null })),
      },
    });
    expect(await admin.requests('QueryPersons')).toHaveLength(1);
  });

  it('serves a repeated read within the cache TTL from memory, still authorising and auditing every read', async () => {
    const audit = recordingAudit();
    const cached = { ...SETTINGS, cache: { ttlMs: 60_000, maxEntries: 100 } };
    const subgraph = await startSubgraph(double.url, cached, audit.recorder);

    const first = await pensionsOf(subgraph, [pensioner.idNumber], 'status');
    const second = await pensionsOf(subgraph, [pensioner.idNumber], 'status');
    const intruder = await pensionsOf(subgraph, [pensioner.idNumber], 'status', asCitizen(partyMember.idNumber));
    await audit.recorder.flush();

    expect([first, second]).toEqual([
      { data: { _entities: [{ idNumber: pensioner.idNumber, pension: { status: 'RECEIVING_BENEFIT' } }] } },
      { data: { _entities: [{ idNumber: pensioner.idNumber, pension: { status: 'RECEIVING_BENEFIT' } }] } },
    ]);
    expect(intruder.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await admin.requests('QueryPersons')).toHaveLength(1);
    expect(audit.entries.map(({ action, entityKey, subject }) => ({ action, entityKey, subject }))).toEqual([
      { action: 'READ', entityKey: pensioner.idNumber, subject: TOWN_OFFICER.subject },
      { action: 'READ', entityKey: pensioner.idNumber, subject: TOWN_OFFICER.subject },
      { action: 'REFUSED', entityKey: pensioner.idNumber, subject: partyMember.idNumber },
    ]);
  });

  it('with the pension system down: null at each path and LEGACY_UNAVAILABLE for pensions', async () => {
    const down = await startPensionsDouble({ port: 0 });
    await down.stop();
    const result = await pensionsOf(
      await startSubgraph(down.url),
      [pensioner.idNumber, partyMember.idNumber],
      'status',
    );

    expect(result.data).toEqual({
      _entities: [
        { idNumber: pensioner.idNumber, pension: null },
        { idNumber: partyMember.idNumber, pension: null },
      ],
    });
    expect(pathsAndExtensions(result.errors)).toEqual([
      {
        path: ['_entities', 0, 'pension'],
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons' },
      },
      {
        path: ['_entities', 1, 'pension'],
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons' },
      },
    ]);
  });

  it('with the system slow past its timeout: LEGACY_TIMEOUT within the timeout', async () => {
    await admin.setFaults({ timeout: true });
    const started = Date.now();
    const result = await pensionsOf(await startSubgraph(double.url), [pensioner.idNumber], 'status');

    // it gave up at its deadline instead of waiting for the slow answer (no tighter bound: CI is shared)
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.data).toEqual({ _entities: [{ idNumber: pensioner.idNumber, pension: null }] });
    expect(pathsAndExtensions(result.errors)).toEqual([
      {
        path: ['_entities', 0, 'pension'],
        extensions: { code: 'LEGACY_TIMEOUT', system: 'pensions', operation: 'QueryPersons' },
      },
    ]);
  });

  it('with the breaker open: answers at once without calling the system, and is not ready', async () => {
    const subgraph = await startSubgraph(double.url, { ...SETTINGS, retry: { attempts: 1, baseDelayMs: 10 } });
    await admin.setFaults({ errorRate: 1 });
    await pensionsOf(subgraph, [pensioner.idNumber], 'status');
    await pensionsOf(subgraph, [pensioner.idNumber], 'status');
    await admin.reset();

    const result = await pensionsOf(subgraph, [pensioner.idNumber], 'status');

    expect(pathsAndExtensions(result.errors)).toEqual([
      {
        path: ['_entities', 0, 'pension'],
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons' },
      },
    ]);
    expect(await admin.requests('QueryPersons')).toEqual([]);
    const health = await fetch(new URL('/health/ready', subgraph.url));
    expect([health.status, await health.json()]).toEqual([
      503,
      {
        service: 'pensions',
        status: 'unavailable',
        reasons: ['pensions: circuit breaker open'],
        legacySystems: { pensions: { reachable: true, breaker: 'OPEN' } },
      },
    ]);
  });
});
