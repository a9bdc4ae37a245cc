import {
  startHealthInsuranceDouble,
  DOUBLE_CREDENTIALS as HEALTH_INSURANCE,
} from '../../../adapters/health-insurance/mock';
import { DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { DOUBLE_CREDENTIALS as PENSIONS, startPensionsDouble } from '../../../adapters/pensions/mock';
import { startGateway } from '../../../gateway';
import { STATUS_PAGE_PATH } from '../../../gateway/status-page';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { Identity } from '../../../lib/auth/identity';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCases } from '../../../subgraphs/cases';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { startHealthInsurance } from '../../../subgraphs/health-insurance';
import { startPensions } from '../../../subgraphs/pensions';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { testToken } from '../../support/tokens';

// The status page over real HTTP: the gateway in front of the catalogue, cases and two department
// subgraphs, the pension double down. The cases subgraph's clock is moved: a case accepted on
// 2025-11-03 is overdue today.
const HARVEST = 'XK00001000-532503'; // 林木采伐许可证核发, authorised to the investment window
const { forestFarmer } = NAMED_RESIDENTS;
const CLERK: Identity = { subject: 'clerk-zhang', roles: ['WINDOW_CLERK'], windowCode: 'CW-INVEST', name: '张敏' };
const SUPERVISOR: Identity = { subject: 'supervisor-01', roles: ['SUPERVISOR'], name: '督查室' };
const CALL_SETTINGS = { ...DEFAULT_CALL_SETTINGS, timeoutMs: 1000, retry: { attempts: 1, baseDelayMs: 10 } };

let now = new Date('2025-11-03T10:00:00+08:00');
const running: RunningServer[] = [];
const doubles: Record<string, RunningDouble> = {};
const databases: { drop(): Promise<void> }[] = [];
let gateway: RunningServer;
let overdueCase: string;
let html: string;

const statusUrl = () => new URL(STATUS_PAGE_PATH, gateway.url).href;
const asClerk = async (query: string, variables: Record<string, unknown>) =>
  postGraphQL(gateway.url, query, variables, { signed: false, token: await testToken(CLERK) });

/** Submits and accepts a harvest-permit application at the investment window, as its clerk. */
async function acceptedCase(key: string): Promise<string> {
  const item = await asClerk('query ($code: String!) { serviceItem(code: $code) { materials { code required } } }', {
    code: HARVEST,
  });
  const materials = item.data.serviceItem.materials.filter((m: any) => m.required).map((m: any) => m.code);
  const submitted = await asClerk(
    'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }',
    {
      input: {
        idempotencyKey: key,
        itemCode: HARVEST,
        applicant: { type: 'PERSON', name: forestFarmer.name, idNumber: forestFarmer.idNumber },
        channel: 'WINDOW',
        windowCode: 'CW-INVEST',
        clerk: CLERK.subject,
        materials,
      },
    },
  );
  if (!submitted.data) throw new Error(JSON.stringify(submitted));
  const { caseNumber } = submitted.data.submitApplication;
  const accepted = await asClerk('mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }', {
    input: { caseNumber, windowCode: 'CW-INVEST', clerk: CLERK.subject },
  });
  expect(accepted).toEqual({ data: { acceptCase: { status: 'ACCEPTED' } } });
  return caseNumber;
}

beforeAll(async () => {
  const logger = createLogger('test');
  const [catalogueDb, casesDb] = [
    await createTestDatabase('status_catalogue'),
    await createTestDatabase('status_cases'),
  ];
  databases.push(catalogueDb, casesDb);
  doubles.pensions = await startPensionsDouble({ port: 0 });
  doubles['health-insurance'] = await startHealthInsuranceDouble({ port: 0 });
  const catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
  const cases = await startCases({
    port: 0,
    databaseUrl: casesDb.url,
    catalogueUrl: catalogue.url,
    clock: () => now,
    dispatch: { background: false },
    logger,
  });
  const pensions = await startPensions({
    port: 0,
    logger,
    client: { baseUrl: doubles.pensions.url, ...PENSIONS, settings: CALL_SETTINGS },
  });
  const healthInsurance = await startHealthInsurance({
    port: 0,
    logger,
    client: { baseUrl: doubles['health-insurance'].url, ...HEALTH_INSURANCE, settings: CALL_SETTINGS },
  });
  running.push(catalogue, cases, pensions, healthInsurance);
  gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: {
      catalogue: catalogue.url,
      cases: cases.url,
      pensions: pensions.url,
      'health-insurance': healthInsurance.url,
    },
    port: 0,
    logger,
  });

  overdueCase = await acceptedCase('status-page-overdue');
  now = new Date();
  await acceptedCase('status-page-today');
  await doubles.pensions.stop();

  const response = await fetch(statusUrl(), { headers: { authorization: `Bearer ${await testToken(SUPERVISOR)}` } });
  expect(response.status).toBe(200);
  html = await response.text();
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(running.map((server) => server.stop()));
  await doubles['health-insurance']?.stop();
  await Promise.all(databases.map((database) => database.drop()));
});

/** The page's table rows as text: cells joined by ' | ', tags dropped. */
const rows = (page: string) =>
  [...page.matchAll(/<tr(?: class="(\w+)")?>(.*?)<\/tr>/g)].map(
    ([, className, cells]) =>
      `${className ?? ''}: ${[...cells.matchAll(/<td>(.*?)<\/td>/g)].map(([, cell]) => cell.replace(/<[^>]+>/g, '')).join(' | ')}`,
  );

describe('the status page', () => {
  it('shows the pension system unavailable with its breaker state, the 新农合 system up', () => {
    expect(rows(html)).toEqual(
      expect.arrayContaining([
        'up: 新农合系统 health-insurance | health-insurance | 可达 (reachable) | 闭合 (CLOSED) | 正常 (ok)',
        'down: 城乡居民养老保险系统 pensions | pensions | 不可达 (unreachable) | 闭合 (CLOSED) | 不可用 (unavailable)',
        'down: pensions | 未就绪 (unavailable) | pensions: unreachable',
        'up: cases | 正常 (ok) | ',
      ]),
    );
  });

  it('shows the overdue case, its applicant masked, and today’s case at its window', () => {
    // accepted Monday 2025-11-03: ten working days later
    expect(rows(html).filter((line) => line.includes(overdueCase))).toEqual([
      `down: ${overdueCase} | 林木采伐许可证核发 | 蒙自市林业局 | 投资项目审批综合受理窗口 | 532503********0015 | 2025-11-17`,
    ]);
    expect(rows(html)).toEqual(
      expect.arrayContaining(['down: 蒙自市林业局 | 1', ': 投资项目审批综合受理窗口 | 1 | 1']),
    );
    expect(html).toContain('<th>已受理<br><span class="code">ACCEPTED</span></th>');
  });

  it('holds no unmasked ID number, refreshes itself and loads nothing from elsewhere', () => {
    // an 18-character ID on its own (case numbers are 20 digits)
    expect(html.match(/(?<![\dX])\d{17}[\dX](?![\dX])/g)).toBeNull();
    expect(html).not.toContain(forestFarmer.idNumber);
    expect(html).toContain('<meta http-equiv="refresh" content="15">');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it('answers supervisors only: 401 without a token, 403 for a clerk', async () => {
    expect((await fetch(statusUrl())).status).toBe(401);
    const clerk = await fetch(statusUrl(), { headers: { authorization: `Bearer ${await testToken(CLERK)}` } });
    expect(clerk.status).toBe(403);
  });
});
