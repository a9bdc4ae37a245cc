import { Case, ProvincialApplication, SyncCursor } from '../../../subgraphs/cases/entities';
import { HARVEST, OTHER_PERSON_ID, PERSON_ID } from '../../unit/cases/support/catalogue-fixtures';
import { ProvinceHarness } from './support/province-harness';

/**
 * Applications submitted on the provincial double's portal become ONLINE cases through the
 * submission the graph uses: once each, whatever the platform redelivers or the poller survives.
 */
let h: ProvinceHarness;
beforeEach(async () => {
  h = await ProvinceHarness.start('province_intake');
});
afterEach(async () => h.stop());

/** A resident applies on the provincial portal (`deliveries: 2`: the platform delivers it twice). */
async function applyOnPortal(SQBH: string, ZJHM: string, deliveries = 1) {
  const response = await fetch(`${h.double.url}/__admin/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      SQBH,
      TASK_CODE: HARVEST.code,
      SQRMC: '李国林',
      ZJHM,
      CLBM: ['M01', 'M02', 'M03'],
      SQSJ: '20251103093000',
      deliveries,
    }),
  });
  expect(response.status).toBe(201);
}

async function cases() {
  const all = await h.orm.em.fork().find(Case, {}, { orderBy: { caseNumber: 'asc' } });
  return all.map(({ caseNumber, idempotencyKey, channel, status, applicantIdNumber, itemCode, clerk, windowCode }) => ({
    caseNumber,
    idempotencyKey,
    channel,
    status,
    applicantIdNumber,
    itemCode,
    clerk,
    windowCode,
  }));
}

const cursor = async () => (await h.orm.em.fork().findOne(SyncCursor, 'provincial-platform/applications'))?.position;
const applications = () => h.orm.em.fork().find(ProvincialApplication, {}, { orderBy: { deliverySequence: 'asc' } });

const onlineCase = (caseNumber: string, applicationNumber: string, idNumber: string) => ({
  caseNumber,
  idempotencyKey: `provincial-platform:${applicationNumber}`,
  channel: 'ONLINE',
  status: 'SUBMITTED',
  applicantIdNumber: idNumber,
  itemCode: HARVEST.code,
  clerk: null,
  windowCode: null,
});

test('each application becomes one ONLINE case, even when the platform delivers it twice', async () => {
  await applyOnPortal('YN20251103000123', PERSON_ID, 2);
  await applyOnPortal('YN20251103000124', OTHER_PERSON_ID);
  const intake = h.intake();

  // two pages of two: deliveries 1–2 (the same application twice), then 3
  expect(await intake.runOnce()).toEqual({ taken: 2, refused: 0, repeated: 1 });
  expect(await cases()).toEqual([
    onlineCase('53250320251103000001', 'YN20251103000123', PERSON_ID),
    onlineCase('53250320251103000002', 'YN20251103000124', OTHER_PERSON_ID),
  ]);
  expect(
    (await applications()).map(({ applicationNumber, deliverySequence, state, caseNumber }) => ({
      applicationNumber,
      deliverySequence,
      state,
      caseNumber,
    })),
  ).toEqual([
    { applicationNumber: 'YN20251103000123', deliverySequence: 1, state: 'TAKEN', caseNumber: '53250320251103000001' },
    { applicationNumber: 'YN20251103000124', deliverySequence: 3, state: 'TAKEN', caseNumber: '53250320251103000002' },
  ]);
  expect(await cursor()).toBe(3);

  // nothing new: the platform is asked from delivery 3 on
  expect(await intake.runOnce()).toEqual({ taken: 0, refused: 0, repeated: 0 });
  expect(
    (await h.admin().requests('listApplications')).map((request) => JSON.parse(JSON.parse(request.body).bizContent)),
  ).toEqual([
    { AFTER_SEQ: 0, PAGE_SIZE: 2 },
    { AFTER_SEQ: 2, PAGE_SIZE: 2 },
    { AFTER_SEQ: 3, PAGE_SIZE: 2 },
  ]);
  expect(await cases()).toHaveLength(2);
});

test('a poller interrupted between the submission and the cursor’s advance makes no second case', async () => {
  await applyOnPortal('YN20251103000123', PERSON_ID);
  expect(await h.intake().runOnce()).toEqual({ taken: 1, refused: 0, repeated: 0 });

  // the state a crash right after the submission's commit leaves: the case, but neither record nor cursor
  const em = h.orm.em.fork();
  await em.nativeDelete(ProvincialApplication, {});
  await em.nativeDelete(SyncCursor, {});

  // a new process reads delivery 1 again: the idempotency key finds the same case
  expect(await h.intake().runOnce()).toEqual({ taken: 1, refused: 0, repeated: 0 });
  expect(await cases()).toEqual([onlineCase('53250320251103000001', 'YN20251103000123', PERSON_ID)]);
  expect((await applications()).map((application) => application.caseNumber)).toEqual(['53250320251103000001']);
  expect(await cursor()).toBe(1);
});

test('an application with an invalid ID number is refused once, visibly, and never becomes a case', async () => {
  // the check digit of 34052419800101001X is X, not 0
  await applyOnPortal('YN20251103000125', '340524198001010010', 2);
  const intake = h.intake();

  expect(await intake.runOnce()).toEqual({ taken: 0, refused: 1, repeated: 1 });
  expect(await cases()).toEqual([]);
  const [refused] = await applications();
  expect(refused).toMatchObject({
    applicationNumber: 'YN20251103000125',
    deliverySequence: 1,
    state: 'REFUSED',
    caseNumber: null,
    refusalCode: 'BAD_USER_INPUT',
    refusalField: 'input.applicant.idNumber',
    refusalReason: 'input.applicant.idNumber is not a valid resident ID number (GB 11643): CHECKSUM',
  });
  expect(await cursor()).toBe(2);
  // not retried: the next poll asks only after it
  expect(await intake.runOnce()).toEqual({ taken: 0, refused: 0, repeated: 0 });
  expect(await applications()).toHaveLength(1);
});

test('a failure a retry may cure (the catalogue down) leaves the cursor before the application', async () => {
  await applyOnPortal('YN20251103000123', PERSON_ID);
  const intake = h.intake();
  h.catalogue.down = true;
  await expect(intake.runOnce()).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  expect(await cursor()).toBeUndefined();
  expect(await applications()).toEqual([]);

  h.catalogue.down = false;
  expect(await intake.runOnce()).toEqual({ taken: 1, refused: 0, repeated: 0 });
  expect(await cases()).toEqual([onlineCase('53250320251103000001', 'YN20251103000123', PERSON_ID)]);
});
