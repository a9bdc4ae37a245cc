import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HARVEST_SERVICE_PATH, startForestryHarvestDouble } from '../../../adapters/forestry-harvest/mock';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { startForestryLandUseDouble } from '../../../adapters/forestry-land-use/mock';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { isPostgresUrl } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { startForestry } from '../../../subgraphs/forestry';
import { CasesProcess, startCasesProcess, stopCasesProcess } from '../../support/cases-process';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { asClerk, SUPERVISOR } from '../../support/identities';

// The cases service as its own process, killed with SIGKILL while it is dispatching, then started
// again on the same database: no accepted case is lost, and none reaches the legacy system twice.
const HARVEST = 'XK00001000-532503';
const CASES = 20;
/** Every harvest-system answer takes this long, so deliveries are in flight when the process dies. */
const LATENCY_MS = 500;
const AT_WINDOW = { identity: asClerk('CW-INVEST', '窗口 李娜') };
const AS_SUPERVISOR = { identity: SUPERVISOR };

const logger = createLogger('test');
let catalogue: RunningServer;
let forestry: RunningServer;
const doubles: RunningDouble[] = [];
let harvest: RunningDouble;
let casesDatabase: { url: string; drop(): Promise<void> };
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  const catalogueDb = await createTestDatabase('crash_catalogue');
  cleanups.push(catalogueDb.drop);
  catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
  harvest = await startForestryHarvestDouble({ port: 0 });
  doubles.push(harvest, await startForestryTransportDouble({ port: 0 }), await startForestryLandUseDouble({ port: 0 }));
  const settings = { ...DEFAULT_CALL_SETTINGS, timeoutMs: 5_000 };
  forestry = await startForestry({
    port: 0,
    logger,
    harvest: { url: `${harvest.url}${HARVEST_SERVICE_PATH}`, ...settings },
    transport: { url: doubles[1].url, ...settings },
    landUse: { url: doubles[2].url, ...settings },
  });
  // the same database across both processes: a SQLite file, or a PostgreSQL database
  if (isPostgresUrl(process.env.DATABASE_URL ?? '')) {
    casesDatabase = await createTestDatabase('crash_cases');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hub-crash-'));
    casesDatabase = { url: join(dir, 'cases.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  cleanups.push(casesDatabase.drop);
}, 60_000);

afterAll(async () => {
  await forestry?.stop();
  await catalogue?.stop();
  await Promise.all(doubles.map((double) => double.stop()));
  for (const cleanup of cleanups) await cleanup();
});

const environment = () => ({
  DATABASE_URL: casesDatabase.url,
  CATALOGUE_URL: catalogue.url,
  SUBGRAPH_FORESTRY_URL: forestry.url,
  DISPATCH_INTERVAL_MS: '50',
  DISPATCH_BATCH_SIZE: '4',
  // longer than a delivery takes (two calls of LATENCY_MS): a crashed process's claims lapse soon after
  DISPATCH_LEASE_MS: '2000',
  DISPATCH_BACKOFF_BASE_MS: '50',
  DISPATCH_BACKOFF_MAX_MS: '300',
  DISPATCH_POLL_INTERVAL_MS: '600000',
});

async function statuses(cases: CasesProcess): Promise<string[]> {
  const answer = await postGraphQL(cases.url, `{ cases(first: 100) { nodes { status } } }`, {}, AS_SUPERVISOR);
  return answer.data.cases.nodes.map(({ status }: { status: string }) => status);
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('a SIGKILL mid-dispatch loses no case and sends none twice', async () => {
  await doubleAdmin(harvest.url).setFaults({ latencyMs: LATENCY_MS });
  const first = await startCasesProcess(environment());
  cleanups.push(() => stopCasesProcess(first, 'SIGKILL'));

  const caseNumbers: string[] = [];
  for (let index = 0; index < CASES; index++) {
    const submitted = await postGraphQL(
      first.url,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
      {
        input: {
          idempotencyKey: `crash-${index}`,
          itemCode: HARVEST,
          applicant: { type: 'PERSON', name: '李国林', idNumber: '532503198001010015' },
          channel: 'WINDOW',
          windowCode: 'CW-INVEST',
          clerk: '窗口 李娜',
          materials: ['M01', 'M02', 'M03', 'M04'],
        },
      },
      AT_WINDOW,
    );
    const { caseNumber } = submitted.data.submitApplication;
    const accepted = await postGraphQL(
      first.url,
      `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`,
      { input: { caseNumber, windowCode: 'CW-INVEST', clerk: '窗口 李娜' } },
      AT_WINDOW,
    );
    expect(accepted).toEqual({ data: { acceptCase: { status: 'ACCEPTED' } } });
    caseNumbers.push(caseNumber);
  }

  // crash while a submission is on the wire: sent to the system, not yet answered
  const inFlight = async () => {
    const sent = (await doubleAdmin(harvest.url).requests('SBSQ')).length;
    return sent > (await caseAdmin(harvest.url).cases()).length;
  };
  await until(inFlight, 20_000, 'a submission in flight');
  await stopCasesProcess(first, 'SIGKILL');
  const sent = (await doubleAdmin(harvest.url).requests('SBSQ')).length;
  expect(sent).toBeLessThan(CASES);
  // the system registers it all the same: the restarted process must find it rather than send it again
  await until(async () => (await caseAdmin(harvest.url).cases()).length === sent, 5_000, 'the last submission');

  const second = await startCasesProcess(environment());
  cleanups.push(() => stopCasesProcess(second));
  await until(async () => (await statuses(second)).every((status) => status === 'IN_REVIEW'), 30_000, 'all in review');

  // the system's own records: every case exactly once, and only these cases
  const held = await caseAdmin(harvest.url).cases();
  expect(held.map((record) => record.reference).sort()).toEqual([...caseNumbers].sort());
  expect(await doubleAdmin(harvest.url).requests('SBSQ')).toHaveLength(CASES);
  expect(await statuses(second)).toEqual(Array.from({ length: CASES }, () => 'IN_REVIEW'));
  const pending = await postGraphQL(
    second.url,
    `{ dispatchEntries(filter: { state: PENDING }) { id } }`,
    {},
    AS_SUPERVISOR,
  );
  expect(pending).toEqual({ data: { dispatchEntries: [] } });
}, 90_000);
