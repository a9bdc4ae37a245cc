import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { startTestHub, TestHub } from '../../support/hub';
import { SUPERVISOR } from '../../support/identities';
import { dispatchUntil, submitAndAccept } from './support';

// A legacy system down while cases are accepted for it: they wait in the outbox (visible to
// supervisors once stuck), and when it is back each arrives exactly once and proceeds.
const PENSION = 'JF00018000-532503001'; // 城乡居民基本养老保险待遇领取, decided on the pension system
const CASES = 100;
/** The outbox is what supervisors watch. */
const AS_SUPERVISOR = { identity: SUPERVISOR };
const { pensioner } = NAMED_RESIDENTS;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('back_office_outage', {
    dispatch: { settings: { stuckAfterAttempts: 2, batchSize: 50 } },
    // the pension subgraph's breaker opens during the outage; let it probe again soon after
    breakerResetMs: 200,
  });
}, 60_000);
afterAll(() => hub.stop());

async function statusCounts(): Promise<Record<string, number>> {
  const answer = await hub.query(
    `{ cases(filter: { itemCode: "${PENSION}" }, first: 100) { nodes { status } } }`,
    {},
    AS_SUPERVISOR,
  );
  const counts: Record<string, number> = {};
  for (const { status } of answer.data.cases.nodes) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

it('keeps 100 accepted cases while the pension system is down, then delivers each exactly once', async () => {
  await hub.stopDouble('pensions');
  const caseNumbers: string[] = [];
  for (let start = 0; start < CASES; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        submitAndAccept(hub, `outage-${start + index}`, PENSION, {
          type: 'PERSON',
          name: pensioner.name,
          idNumber: pensioner.idNumber,
        }),
      ),
    );
    caseNumbers.push(...batch.map(({ caseNumber }) => caseNumber));
  }

  // every attempt fails; after two each entry is flagged stuck for supervisors, and still pending
  await dispatchUntil(hub, async () => {
    const stuck = await hub.query('{ stuckDispatches { id } }', {}, AS_SUPERVISOR);
    return stuck.data.stuckDispatches.length === CASES;
  });
  const stuck = await hub.query(
    '{ stuckDispatches { case { caseNumber status } department { code } system state stuck attempts lastError } }',
    {},
    AS_SUPERVISOR,
  );
  expect(
    stuck.data.stuckDispatches.map(({ case: kase }: { case: { caseNumber: string } }) => kase.caseNumber).sort(),
  ).toEqual([...caseNumbers].sort());
  const [first] = stuck.data.stuckDispatches;
  expect({
    ...first,
    case: { status: first.case.status },
    attempts: first.attempts >= 2,
    lastError: first.lastError.split(':')[0],
  }).toEqual({
    case: { status: 'ACCEPTED' },
    department: { code: '532503001-ZF' },
    system: 'PENSIONS',
    state: 'PENDING',
    stuck: true,
    attempts: true,
    lastError: 'pensions',
  });
  expect(await statusCounts()).toEqual({ ACCEPTED: CASES });

  await hub.restartDouble('pensions');
  await dispatchUntil(hub, async () => (await statusCounts()).IN_REVIEW === CASES);

  // counted from the pension system's own records: each case once, no other
  const held = await caseAdmin(hub.doubles.pensions.url).cases();
  expect(held.map((record) => record.reference).sort()).toEqual([...caseNumbers].sort());
  expect(await doubleAdmin(hub.doubles.pensions.url).requests('SubmitApplication')).toHaveLength(CASES);
  expect((await hub.query('{ stuckDispatches { id } }', {}, AS_SUPERVISOR)).data).toEqual({ stuckDispatches: [] });
  expect((await hub.query('{ dispatchEntries(filter: { state: PENDING }) { id } }', {}, AS_SUPERVISOR)).data).toEqual({
    dispatchEntries: [],
  });

  // and they proceed: the system approves them all, the hub sees it
  for (const caseNumber of caseNumbers) {
    await caseAdmin(hub.doubles.pensions.url).decide({ reference: caseNumber, decision: 'APPROVE' });
  }
  await dispatchUntil(hub, async () => (await statusCounts()).RESULT_READY === CASES);
  expect(await statusCounts()).toEqual({ RESULT_READY: CASES });
}, 120_000);
