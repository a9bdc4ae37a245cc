import { createInterface } from 'node:readline';
import { DEFAULT_CALL_SETTINGS, LegacySystemId } from '../../../adapters/kit';
import { HARVEST_SERVICE_PATH } from '../../../adapters/forestry-harvest/mock';
import { DOUBLE_CREDENTIALS as HEALTH_INSURANCE_CREDENTIALS } from '../../../adapters/health-insurance/mock';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { DOUBLES } from '../../../adapters/kit/mock/registry';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../../adapters/party-building/mock';
import { DOUBLE_CREDENTIALS as PENSIONS_CREDENTIALS } from '../../../adapters/pensions/mock';
import { Identity } from '../../../lib/auth/identity';
import { isPostgresUrl } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { startForestry } from '../../../subgraphs/forestry';
import { startHealthInsurance } from '../../../subgraphs/health-insurance';
import { startPartyBuilding } from '../../../subgraphs/party-building';
import { startPensions } from '../../../subgraphs/pensions';
import { CasesProcess, startCasesProcess, stopCasesProcess } from '../../support/cases-process';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';

// Two replicas of the cases service, each its own process as in production (dist/), on one
// PostgreSQL database, taking submissions and acceptances at the same time while both dispatch in
// the background: every case exists once, no two share a number, and every accepted case reaches
// each deciding legacy system exactly once (the doubles' own records say so). Only PostgreSQL is
// shared by replicas (SQLite is one process's file), so without it the suite is skipped.
const postgres = isPostgresUrl(process.env.DATABASE_URL ?? '');
if (!postgres) {
  console.warn('cases-replicas: skipped, DATABASE_URL is not PostgreSQL (set DATABASE_URL=postgres://… to run it)');
}
const describeOnPostgres = postgres ? describe : describe.skip;

const PERSON_ID = '34052419800101001X';
const SUBMISSIONS = 40;
const CLERK = '窗口 李娜';
/** Every legacy answer takes this long, so the replicas' deliveries overlap. */
const LEGACY_LATENCY_MS = 100;

/** Who acts: the applicant online, the clerk at each window, and the supervisors who read everything. */
const APPLICANT: Identity = { subject: PERSON_ID, roles: ['CITIZEN'] };
const clerkAt = (windowCode: string): Identity => ({ subject: CLERK, roles: ['WINDOW_CLERK'], windowCode });
const SUPERVISOR = { identity: { subject: 'supervision-office', roles: ['SUPERVISOR'] } as Identity };

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber status } }`;
const ACCEPT = `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`;

const { forestFarmer, pensioner, pensionContributor } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;
const person = ({ name, idNumber }: { name: string; idNumber: string }) => ({ type: 'PERSON', name, idNumber });
const enterprise = { type: 'ENTERPRISE', name: timberCompany.name, creditCode: timberCompany.creditCode };

/**
 * One promised item per deciding legacy system, and the operation its double journals for a
 * submission (a system that cannot de-duplicate is asked first whether it holds the case). The
 * timber transport system decides only XK00002000, retired in 2020: it takes no new cases.
 */
const ITEMS: { itemCode: string; system: LegacySystemId; submitOperation: string; applicant: object }[] = [
  {
    itemCode: 'XK00001000-532503',
    system: 'forestry-harvest',
    submitOperation: 'SBSQ',
    applicant: person(forestFarmer),
  },

  // 企业投资项目核准: 发改 and 国土 decide in the hub, 林业 on its land-use system
  { itemCode: 'XK00004000-532503', system: 'forestry-land-use', submitOperation: 'LDSHSB', applicant: enterprise },
  {
    itemCode: 'JF00016000-532503001',
    system: 'health-insurance',
    submitOperation: 'submitApplication',
    applicant: person(pensioner),
  },
  {
    itemCode: 'JF00018000-532503001',
    system: 'pensions',
    submitOperation: 'SubmitApplication',
    applicant: person(pensioner),
  },
  {
    itemCode: 'JF00019000-532503001L01',
    system: 'party-building',
    submitOperation: 'POST /api/v3/affairs',
    applicant: person(pensionContributor),
  },
];
const CASES_PER_ITEM = 4;

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Counts a replica's `case dispatched` log lines: which process delivered how much. */
function countDeliveries({ child }: CasesProcess): { delivered: number } {
  const counter = { delivered: 0 };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.includes('"msg":"case dispatched"')) counter.delivered++;
  });
  return counter;
}

describeOnPostgres('two cases replicas on one PostgreSQL', () => {
  const logger = createLogger('test');
  const callSettings = { ...DEFAULT_CALL_SETTINGS, timeoutMs: 5_000 };
  let catalogue: RunningServer;
  const departments: Record<string, RunningServer> = {};
  let doubles: Record<LegacySystemId, RunningDouble>;
  const replicas: CasesProcess[] = [];
  const deliveries: { delivered: number }[] = [];
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const catalogueDb = await createTestDatabase('ops_replicas_catalogue');
    const casesDb = await createTestDatabase('ops_replicas_cases');
    drops.push(catalogueDb.drop, casesDb.drop);
    catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
    doubles = Object.fromEntries(
      await Promise.all(DOUBLES.map(async ({ system, start }) => [system, await start({ port: 0 })] as const)),
    ) as Record<LegacySystemId, RunningDouble>;
    const legacy = (system: LegacySystemId, path = '') => ({ url: `${doubles[system].url}${path}`, ...callSettings });
    departments.forestry = await startForestry({
      port: 0,
      logger,
      harvest: legacy('forestry-harvest', HARVEST_SERVICE_PATH),
      transport: legacy('forestry-transport'),
      landUse: legacy('forestry-land-use'),
    });
    departments['health-insurance'] = await startHealthInsurance({
      port: 0,
      logger,
      client: { baseUrl: doubles['health-insurance'].url, ...HEALTH_INSURANCE_CREDENTIALS, settings: callSettings },
    });
    departments.pensions = await startPensions({
      port: 0,
      logger,
      client: { baseUrl: doubles.pensions.url, ...PENSIONS_CREDENTIALS, settings: callSettings },
    });
    departments['party-building'] = await startPartyBuilding({
      port: 0,
      logger,
      partyBuilding: { ...legacy('party-building'), ...PARTY_BUILDING_DOUBLE_CREDENTIALS },
    });
    const env = {
      DATABASE_URL: casesDb.url,
      CATALOGUE_URL: catalogue.url,
      SUBGRAPH_FORESTRY_URL: departments.forestry.url,
      SUBGRAPH_HEALTH_INSURANCE_URL: departments['health-insurance'].url,
      SUBGRAPH_PENSIONS_URL: departments.pensions.url,
      SUBGRAPH_PARTY_BUILDING_URL: departments['party-building'].url,
      DISPATCH_INTERVAL_MS: '50',
      // small claims, so both replicas hold some of the same moment's due entries
      DISPATCH_BATCH_SIZE: '2',
      DISPATCH_LEASE_MS: '10000',
      DISPATCH_BACKOFF_BASE_MS: '50',
      DISPATCH_BACKOFF_MAX_MS: '500',
      DISPATCH_POLL_INTERVAL_MS: '600000',
    };
    // one after the other: the first runs the migrations, as a rolling deployment's first pod does
    for (let index = 0; index < 2; index++) {
      const replica = await startCasesProcess(env);
      replicas.push(replica);
      deliveries.push(countDeliveries(replica));
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => stopCasesProcess(replica)));
    await Promise.all(Object.values(departments).map((server) => server.stop()));
    await Promise.all(Object.values(doubles ?? {}).map((double) => double.stop()));
    await catalogue?.stop();
    for (const drop of drops) await drop();
  });

  test('concurrent submissions through both replicas: every case once, numbers unique, retries idempotent', async () => {
    const keys = Array.from({ length: SUBMISSIONS }, (_, index) => `replica-${index}`);
    const application = (key: string) => ({
      idempotencyKey: key,
      itemCode: 'XK00001000-532503',
      applicant: { type: 'PERSON', name: '张三', idNumber: PERSON_ID },
      channel: 'ONLINE',
      materials: ['M01', 'M02', 'M03', 'M04'],
    });
    // each application goes to one replica, and its retry at the same moment to the other
    const answers = await Promise.all(
      keys.flatMap((key, index) => [
        postGraphQL(replicas[index % 2].url, SUBMIT, { input: application(key) }, { identity: APPLICANT }),
        postGraphQL(replicas[(index + 1) % 2].url, SUBMIT, { input: application(key) }, { identity: APPLICANT }),
      ]),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);

    const numberOf = (index: number) => answers[index].data.submitApplication.caseNumber as string;
    const submitted = keys.map((_, index) => numberOf(2 * index));
    const retried = keys.map((_, index) => numberOf(2 * index + 1));
    expect(retried).toEqual(submitted);
    expect(new Set(submitted).size).toBe(SUBMISSIONS);

    const listed = await postGraphQL(
      replicas[1].url,
      `{ cases(first: 100) { totalCount nodes { caseNumber } } }`,
      {},
      SUPERVISOR,
    );
    const numbers = listed.data.cases.nodes.map(({ caseNumber }: { caseNumber: string }) => caseNumber);
    expect(listed.data.cases.totalCount).toBe(SUBMISSIONS);
    expect(numbers).toEqual([...submitted].sort());
    // one day's sequence without gaps: 000001 … 000040
    expect(numbers.map((number: string) => Number(number.slice(-6)))).toEqual(keys.map((_, index) => index + 1));
  });

  test('accepted at both replicas and dispatched by both: each case reaches each deciding system exactly once', async () => {
    await Promise.all(
      Object.values(doubles).map((double) => doubleAdmin(double.url).setFaults({ latencyMs: LEGACY_LATENCY_MS })),
    );
    const guides = new Map<string, { materials: string[]; windowCode: string }>();
    for (const { itemCode } of ITEMS) {
      const answer = await postGraphQL(
        catalogue.url,
        `query ($code: String!) { serviceItem(code: $code) { materials { code required } window { code } } }`,
        { code: itemCode },
      );
      const item = answer.data.serviceItem;
      guides.set(itemCode, {
        materials: item.materials.filter((m: { required: boolean }) => m.required).map((m: { code: string }) => m.code),
        windowCode: item.window.code,
      });
    }

    // every case submitted at one replica and accepted at the other, all at the same time
    const applications = ITEMS.flatMap((item) =>
      Array.from({ length: CASES_PER_ITEM }, (_, index) => ({ ...item, key: `dispatch-${item.system}-${index}` })),
    );
    const submitted = await Promise.all(
      applications.map(({ itemCode, applicant, key }, index) => {
        const { materials, windowCode } = guides.get(itemCode)!;
        return postGraphQL(
          replicas[index % 2].url,
          SUBMIT,
          {
            input: { idempotencyKey: key, itemCode, applicant, channel: 'WINDOW', windowCode, clerk: CLERK, materials },
          },
          { identity: clerkAt(windowCode) },
        );
      }),
    );
    expect(submitted.filter((answer) => answer.errors)).toEqual([]);
    const caseNumbers: string[] = submitted.map((answer) => answer.data.submitApplication.caseNumber);
    const acceptances = await Promise.all(
      applications.map(({ itemCode }, index) => {
        const { windowCode } = guides.get(itemCode)!;
        return postGraphQL(
          replicas[(index + 1) % 2].url,
          ACCEPT,
          { input: { caseNumber: caseNumbers[index], windowCode, clerk: CLERK } },
          { identity: clerkAt(windowCode) },
        );
      }),
    );
    expect(acceptances).toEqual(applications.map(() => ({ data: { acceptCase: { status: 'ACCEPTED' } } })));

    // a case is in review from its first delivery: done when the outbox has nothing pending either
    const allDelivered = async () => {
      const [inReview, pending] = await Promise.all([
        postGraphQL(
          replicas[0].url,
          `{ cases(first: 100, filter: { status: IN_REVIEW }) { totalCount } }`,
          {},
          SUPERVISOR,
        ),
        postGraphQL(replicas[1].url, `{ dispatchEntries(filter: { state: PENDING }) { id } }`, {}, SUPERVISOR),
      ]);
      return inReview.data.cases.totalCount === applications.length && pending.data.dispatchEntries.length === 0;
    };
    await until(allDelivered, 60_000, 'every dispatch delivered');

    // the systems' own records: each holds exactly its cases, each once, and was sent each once
    for (const { system, submitOperation } of ITEMS) {
      const expected = caseNumbers.filter((_, index) => applications[index].system === system).sort();
      const held = await caseAdmin(doubles[system].url).cases();
      expect([system, held.map((record) => record.reference).sort()]).toEqual([system, expected]);
      expect([system, (await doubleAdmin(doubles[system].url).requests(submitOperation)).length]).toEqual([
        system,
        CASES_PER_ITEM,
      ]);
    }

    // the outbox: every entry delivered once (the investment item's two hub departments included)
    const entries = await postGraphQL(
      replicas[1].url,
      `{ dispatchEntries { case { caseNumber } department { code } system state attempts } }`,
      {},
      SUPERVISOR,
    );
    const rows = entries.data.dispatchEntries as { state: string; attempts: number }[];
    expect(rows).toHaveLength(applications.length + 2 * CASES_PER_ITEM);
    expect(rows.filter((row) => row.state !== 'DELIVERED' || row.attempts !== 0)).toEqual([]);
    // both replicas delivered, and together exactly once per entry
    expect(deliveries.map(({ delivered }) => delivered > 0)).toEqual([true, true]);
    expect(deliveries[0].delivered + deliveries[1].delivered).toBe(rows.length);

    // each case moved into review once: one DISPATCHED and one IN_REVIEW event
    const events = await Promise.all(
      caseNumbers.map((caseNumber) =>
        postGraphQL(
          replicas[0].url,
          `query ($n: String!) { case(caseNumber: $n) { events { to } } }`,
          { n: caseNumber },
          SUPERVISOR,
        ),
      ),
    );
    expect(events.map((answer) => answer.data.case.events.map(({ to }: { to: string }) => to))).toEqual(
      applications.map(() => ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_REVIEW']),
    );
  }, 90_000);
});
