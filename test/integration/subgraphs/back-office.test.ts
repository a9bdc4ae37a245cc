import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { DOUBLE_CREDENTIALS, startPensionsDouble } from '../../../adapters/pensions/mock';
import { createLogger } from '../../../lib/logger';
import { schemaDir } from '../../../lib/paths';
import { shanghaiDate } from '../../../lib/scalars';
import { RunningServer } from '../../../lib/server';
import { startPensions } from '../../../subgraphs/pensions';
import { postGraphQL } from '../../support/graphql';
import { asSystem } from '../../support/identities';

// The department side of the back office, on one subgraph over its double: the service-to-service
// contract the cases dispatcher calls, and the Case extension the gateway joins.
let double: RunningDouble;
let subgraph: RunningServer;
beforeAll(async () => {
  double = await startPensionsDouble({ port: 0 });
  subgraph = await startPensions({
    port: 0,
    logger: createLogger('test'),
    client: { baseUrl: double.url, ...DOUBLE_CREDENTIALS, settings: DEFAULT_CALL_SETTINGS },
  });
});
afterAll(async () => {
  await subgraph.stop();
  await double.stop();
});

/** The back office is service to service: the cases dispatcher calls it as SYSTEM. */
const DISPATCHER = { identity: asSystem('cases') };

const RECEIVE = `mutation ($input: DispatchedCaseInput!) { receiveDispatchedCase(input: $input) { caseNumber recordNumber duplicate } }`;
const dispatched = (system = 'PENSIONS') => ({
  input: {
    caseNumber: '53250320251103000007',
    system,
    itemCode: 'JF00018000-532503001',
    itemName: '城乡居民基本养老保险待遇领取',
    applicant: { type: 'PERSON', name: '张桂芬', idNumber: '532503195511200042' },
    acceptedAt: '2025-11-03T01:30:00.000Z',
    dueDate: '2025-11-24',
    materials: ['待遇领取申请表', '居民身份证'],
  },
});

it('submits a dispatched case once, however often it is delivered', async () => {
  const today = shanghaiDate().replace(/-/g, '');
  const receipt = { caseNumber: '53250320251103000007', recordNumber: `YL${today}000001` };
  expect(await postGraphQL(subgraph.url, RECEIVE, dispatched(), DISPATCHER)).toEqual({
    data: { receiveDispatchedCase: { ...receipt, duplicate: false } },
  });
  expect(await postGraphQL(subgraph.url, RECEIVE, dispatched(), DISPATCHER)).toEqual({
    data: { receiveDispatchedCase: { ...receipt, duplicate: true } },
  });
  expect((await caseAdmin(double.url).cases()).map(({ reference, submission }) => [reference, submission])).toEqual([
    [
      '53250320251103000007',
      {
        reference: '53250320251103000007',
        itemCode: 'JF00018000-532503001',
        itemName: '城乡居民基本养老保险待遇领取',
        applicant: { type: 'PERSON', name: '张桂芬', idNumber: '532503195511200042' },
        acceptedAt: '2025-11-03T01:30:00.000Z',
        dueDate: '2025-11-24',
        materials: ['待遇领取申请表', '居民身份证'],
      },
    ],
  ]);
  expect((await doubleAdmin(double.url).requests()).map(({ operation }) => operation)).toEqual([
    'QueryApplications',
    'SubmitApplication',
    'QueryApplications',
  ]);
});

it('refuses a system it does not wrap', async () => {
  const answer = await postGraphQL(subgraph.url, RECEIVE, dispatched('FORESTRY_HARVEST'), DISPATCHER);
  expect([
    answer.data,
    answer.errors?.map(({ message, extensions }) => [message, extensions.code, extensions.field]),
  ]).toEqual([null, [['This subgraph decides on PENSIONS, not FORESTRY_HARVEST', 'BAD_USER_INPUT', 'input.system']]]);
});

it('answers the poll and extends Case with the system’s view, batched', async () => {
  await caseAdmin(double.url).decide({ reference: '53250320251103000007', decision: 'DENY', reason: '未达到领取年龄' });
  const polled = await postGraphQL(
    subgraph.url,
    `{ backOfficeRecords(system: "PENSIONS", caseNumbers: ["53250320251103000007", "53250320251103000099"]) { caseNumber status legacyStatus reason } }`,
    {},
    DISPATCHER,
  );
  expect(polled).toEqual({
    data: {
      backOfficeRecords: [
        {
          caseNumber: '53250320251103000007',
          status: 'DENIED',
          legacyStatus: '2 审核不通过',
          reason: '未达到领取年龄',
        },
      ],
    },
  });
  await doubleAdmin(double.url).clearRequests();
  const entities = await postGraphQL(
    subgraph.url,
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { caseNumber pensionRecord { status } } } }`,
    {
      r: ['53250320251103000007', '53250320251103000099'].map((caseNumber) => ({ __typename: 'Case', caseNumber })),
    },
    DISPATCHER,
  );
  expect(entities).toEqual({
    data: {
      _entities: [
        { caseNumber: '53250320251103000007', pensionRecord: { status: 'DENIED' } },
        { caseNumber: '53250320251103000099', pensionRecord: null },
      ],
    },
  });
  expect((await doubleAdmin(double.url).requests()).map(({ operation }) => operation)).toEqual(['QueryApplications']);
});

it('keeps the service-to-service fields out of the clients’ API', () => {
  const api = readFileSync(join(schemaDir(), 'api.graphql'), 'utf8');
  expect(
    ['receiveDispatchedCase', 'backOfficeRecords', 'DispatchedCaseInput'].filter((name) => api.includes(name)),
  ).toEqual([]);
  expect(api.includes('pensionRecord: LegacyCaseRecord')).toBe(true);
});
