import { LegacySystemId } from '../../../adapters/kit';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { shanghaiDate } from '../../../lib/scalars';
import { startTestHub, TestHub } from '../../support/hub';
import { asOfficer } from '../../support/identities';
import {
  Applicant,
  atWindow,
  caseView,
  CLERK,
  decideOnDouble,
  deliver,
  evaluate,
  guideOf,
  submitAndAccept,
} from './support';

// Issue 4 end to end through the gateway: each kind of back office decides, the result leaves
// through the window, the applicant evaluates. The dispatcher runs a round when the test says.
const HARVEST = 'XK00001000-532503'; // 林木采伐许可证核发: the forestry harvest-permit system (SOAP)
const REIMBURSEMENT = 'JF00016000-532503001'; // 新型农村合作医疗费用报销: the 新农合 system (REST)
const PENSION = 'JF00018000-532503001'; // 城乡居民基本养老保险待遇领取: the pension system (SOAP 1.2)
const SUBSISTENCE = 'JF00019000-532503001L01'; // 最低生活保障申请: the 党建 system (REST)
const INVESTMENT = 'XK00004000-532503'; // 企业投资项目核准: 发改 and 国土 in the hub, 林业 on its land-use system

const person = (resident: { name: string; idNumber: string }): Applicant => ({
  type: 'PERSON',
  name: resident.name,
  idNumber: resident.idNumber,
});
const { forestFarmer, pensioner, pensionContributor } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;

let hub: TestHub;
let today: string;
beforeAll(async () => {
  hub = await startTestHub('back_office_paths');
  today = shanghaiDate();
}, 60_000);
afterAll(() => hub.stop());

/** The double's own record of the case: the number it gave it, and that it holds it exactly once. */
async function heldOnce(system: LegacySystemId, caseNumber: string) {
  const held = await caseAdmin(hub.doubles[system].url).cases(caseNumber);
  expect(held).toHaveLength(1);
  return held[0];
}

/** The calendar's due date for an item accepted today: its promised time limit in working days. */
async function dueDateOf(itemCode: string): Promise<string> {
  const item = await hub.query(`query ($code: String!) { serviceItem(code: $code) { promisedTimeLimit } }`, {
    code: itemCode,
  });
  const answer = await hub.query(`query ($day: Date!, $days: Int!) { dueDate(acceptedOn: $day, workingDays: $days) }`, {
    day: today,
    days: item.data.serviceItem.promisedTimeLimit,
  });
  return answer.data.dueDate;
}

/** A window-accepted case's events up to the back office's first receipt. */
const dispatchedEvents = (windowRole: string, department: string, registeredOn: string) => [
  { from: null, to: 'SUBMITTED', actorRole: windowRole, actor: CLERK, note: 'application received' },
  { from: 'SUBMITTED', to: 'ACCEPTED', actorRole: windowRole, actor: CLERK, note: 'accepted' },
  { from: 'ACCEPTED', to: 'DISPATCHED', actorRole: 'SYSTEM', actor: 'system', note: `dispatched to ${department}` },
  {
    from: 'DISPATCHED',
    to: 'IN_REVIEW',
    actorRole: 'DEPARTMENT',
    actor: department,
    note: `registered on ${registeredOn}`,
  },
];

const approvedEvents = (department: string, resultNumber: string) => [
  {
    from: 'IN_REVIEW',
    to: 'APPROVED',
    actorRole: 'DEPARTMENT',
    actor: department,
    note: `approved by every deciding department, last ${department} (${resultNumber})`,
  },
  { from: 'APPROVED', to: 'RESULT_READY', actorRole: 'SYSTEM', actor: 'system', note: 'result ready for collection' },
];

const deliveredEvent = (windowRole: string, note = 'collected at the window') => ({
  from: 'RESULT_READY',
  to: 'DELIVERED',
  actorRole: windowRole,
  actor: CLERK,
  note,
});

describe.each([
  {
    path: 'a forestry harvest permit',
    itemCode: HARVEST,
    applicant: person(forestFarmer),
    system: 'forestry-harvest' as const,
    decidingSystem: 'FORESTRY_HARVEST',
    department: '532503-LYJ',
    windowRole: 'COMPREHENSIVE_WINDOW',
    recordField: 'forestryRecord',
    legacyStatuses: ['1 审核中', '2 准予许可'],
  },
  {
    path: 'a 新农合 reimbursement',
    itemCode: REIMBURSEMENT,
    applicant: person(pensioner),
    system: 'health-insurance' as const,
    decidingSystem: 'HEALTH_INSURANCE',
    department: '532503001-ZF',
    windowRole: 'DEPARTMENT_WINDOW',
    recordField: 'healthInsuranceRecord',
    legacyStatuses: ['0 待审核', '1 审核通过'],
  },
  {
    path: 'a pension claim',
    itemCode: PENSION,
    applicant: person(pensioner),
    system: 'pensions' as const,
    decidingSystem: 'PENSIONS',
    department: '532503001-ZF',
    windowRole: 'DEPARTMENT_WINDOW',
    recordField: 'pensionRecord',
    legacyStatuses: ['0 待审核', '1 审核通过'],
  },
  {
    path: 'a community subsistence allowance',
    itemCode: SUBSISTENCE,
    applicant: person(pensionContributor),
    system: 'party-building' as const,
    decidingSystem: 'PARTY_BUILDING',
    department: '532503001L01-JWH',
    windowRole: 'DEPARTMENT_WINDOW',
    recordField: 'communityRecord',
    legacyStatuses: ['01 办理中', '02 同意'],
  },
])('$path: decided on its legacy system, delivered at the window', (path) => {
  it('goes from submission to DELIVERED, the department system’s view joined on the case', async () => {
    const { caseNumber, windowCode } = await submitAndAccept(
      hub,
      `paths-${path.system}`,
      path.itemCode,
      path.applicant,
    );
    expect(await hub.dispatch()).toEqual({ delivered: 1, failed: 0, decisions: 0 });

    const { recordNumber } = await heldOnce(path.system, caseNumber);
    const recordQuery = `status ${path.recordField} { system caseNumber recordNumber status legacyStatus reviewer receivedOn decidedAt resultNumber reason missingMaterials { code } }`;
    expect(await caseView(hub, caseNumber, recordQuery)).toEqual({
      status: 'IN_REVIEW',
      [path.recordField]: {
        system: path.system,
        caseNumber,
        recordNumber,
        status: 'IN_REVIEW',
        legacyStatus: path.legacyStatuses[0],
        reviewer: null,
        receivedOn: today,
        decidedAt: null,
        resultNumber: null,
        reason: null,
        missingMaterials: [],
      },
    });

    const decided = await decideOnDouble(hub, path.system, {
      reference: caseNumber,
      decision: 'APPROVE',
      resultNumber: `${path.system}-R1`,
      reviewer: '审核员 周平',
    });
    expect(await hub.dispatch()).toEqual({ delivered: 0, failed: 0, decisions: 1 });
    expect(await deliver(hub, caseNumber, windowCode)).toEqual({
      status: 'DELIVERED',
      deliveryMethod: 'PICK_UP',
      trackingNumber: null,
    });
    expect((await evaluate(hub, caseNumber, 'VERY_SATISFIED')).data).toEqual({
      evaluateCase: {
        status: 'DELIVERED',
        evaluation: { level: 'VERY_SATISFIED', comment: null, needsCallBack: false, callBackDue: null },
      },
    });

    const { decidedAt, ...view } = await caseView(hub, caseNumber);
    expect(view).toEqual({
      status: 'DELIVERED',
      reason: null,
      dueDate: await dueDateOf(path.itemCode),
      deliveryMethod: 'PICK_UP',
      trackingNumber: null,
      events: [
        ...dispatchedEvents(path.windowRole, path.department, `${path.decidingSystem} as ${recordNumber}`),
        ...approvedEvents(path.department, `${path.system}-R1`),
        deliveredEvent(path.windowRole),
      ],
      reviews: [
        {
          department: { code: path.department },
          system: path.decidingSystem,
          decision: 'APPROVED',
          resultNumber: `${path.system}-R1`,
          reason: null,
          reviewer: '审核员 周平',
        },
      ],
      dispatches: [
        {
          department: { code: path.department },
          system: path.decidingSystem,
          state: 'DELIVERED',
          stuck: false,
          attempts: 0,
          recordNumber,
        },
      ],
      supplementNotices: [],
      evaluation: { level: 'VERY_SATISFIED', needsCallBack: false, callBackDue: null },
    });
    expect(shanghaiDate(new Date(decidedAt))).toBe(today);
    const record = (await caseView(hub, caseNumber, `${path.recordField} { status legacyStatus decidedAt }`))[
      path.recordField
    ];
    expect(record).toEqual({
      status: 'APPROVED',
      legacyStatus: path.legacyStatuses[1],
      decidedAt: new Date(`${decided.decision!.decidedAt.slice(0, 19)}Z`).toISOString(),
    });
  });
});

describe('a three-department investment case', () => {
  it('is approved in parallel — two officers in the hub, the forestry land-use system — and delivered', async () => {
    const applicant: Applicant = { type: 'ENTERPRISE', name: timberCompany.name, creditCode: timberCompany.creditCode };
    const { caseNumber, windowCode } = await submitAndAccept(hub, 'paths-investment', INVESTMENT, applicant);
    expect(await hub.dispatch()).toEqual({ delivered: 3, failed: 0, decisions: 0 });
    const { recordNumber, submission } = await heldOnce('forestry-land-use', caseNumber);
    expect(submission.applicant).toEqual({
      type: 'ENTERPRISE',
      name: timberCompany.name,
      idNumber: timberCompany.creditCode,
    });

    const officerDecides = (departmentCode: string, officer: string, resultNumber: string) =>
      hub.query(
        `mutation ($input: RecordDepartmentDecisionInput!) {
          recordDepartmentDecision(input: $input) { status reviews { department { code } decision } }
        }`,
        { input: { caseNumber, departmentCode, officer, decision: 'APPROVED', resultNumber } },
        { identity: asOfficer(departmentCode, officer) },
      );
    expect((await officerDecides('532503-FGJ', '发改 陈刚', '蒙发改核准〔2026〕1号')).data).toEqual({
      recordDepartmentDecision: {
        status: 'IN_REVIEW',
        reviews: [
          { department: { code: '532503-FGJ' }, decision: 'APPROVED' },
          { department: { code: '532503-GTJ' }, decision: null },
          { department: { code: '532503-LYJ' }, decision: null },
        ],
      },
    });
    // an officer cannot decide for a department that decides on its own system
    const wrongDesk = await officerDecides('532503-LYJ', '林业 王林', 'X');
    expect([wrongDesk.data, wrongDesk.errors?.map(({ extensions }) => extensions)]).toEqual([
      null,
      [
        {
          code: 'BAD_USER_INPUT',
          field: 'input.departmentCode',
          serviceName: 'cases',
        },
      ],
    ]);
    expect(
      (await officerDecides('532503-GTJ', '国土 刘洋', '蒙国土预审〔2026〕7号')).data.recordDepartmentDecision.status,
    ).toBe('IN_REVIEW');
    await decideOnDouble(hub, 'forestry-land-use', {
      reference: caseNumber,
      decision: 'APPROVE',
      resultNumber: '蒙林审〔2026〕12号',
      reviewer: '资源林政股 赵',
    });
    expect(await hub.dispatch()).toEqual({ delivered: 0, failed: 0, decisions: 1 });
    await deliver(hub, caseNumber, windowCode);

    const view = await caseView(
      hub,
      caseNumber,
      'status events { to actorRole actor } reviews { department { code } system decision resultNumber reviewer } forestryRecord { status resultNumber }',
    );
    expect(view).toEqual({
      status: 'DELIVERED',
      events: [
        { to: 'SUBMITTED', actorRole: 'COMPREHENSIVE_WINDOW', actor: CLERK },
        { to: 'ACCEPTED', actorRole: 'COMPREHENSIVE_WINDOW', actor: CLERK },
        { to: 'DISPATCHED', actorRole: 'SYSTEM', actor: 'system' },
        { to: 'IN_REVIEW', actorRole: 'DEPARTMENT', actor: '532503-FGJ' },
        { to: 'APPROVED', actorRole: 'DEPARTMENT', actor: '532503-LYJ' },
        { to: 'RESULT_READY', actorRole: 'SYSTEM', actor: 'system' },
        { to: 'DELIVERED', actorRole: 'COMPREHENSIVE_WINDOW', actor: CLERK },
      ],
      reviews: [
        {
          department: { code: '532503-FGJ' },
          system: 'NONE',
          decision: 'APPROVED',
          resultNumber: '蒙发改核准〔2026〕1号',
          reviewer: '发改 陈刚',
        },
        {
          department: { code: '532503-GTJ' },
          system: 'NONE',
          decision: 'APPROVED',
          resultNumber: '蒙国土预审〔2026〕7号',
          reviewer: '国土 刘洋',
        },
        {
          department: { code: '532503-LYJ' },
          system: 'FORESTRY_LAND_USE',
          decision: 'APPROVED',
          resultNumber: '蒙林审〔2026〕12号',
          reviewer: '资源林政股 赵',
        },
      ],
      forestryRecord: { status: 'APPROVED', resultNumber: '蒙林审〔2026〕12号' },
    });
    expect(recordNumber).toBe(
      (await caseView(hub, caseNumber, 'dispatches { recordNumber }')).dispatches[2].recordNumber,
    );
  });
});

describe('a denial and a request for materials', () => {
  it('a harvest permit denied on the harvest system: DENIED with the department and reason, the notice posted', async () => {
    const { caseNumber, windowCode } = await submitAndAccept(hub, 'paths-denied', HARVEST, person(forestFarmer));
    await hub.dispatch();
    const { recordNumber } = await heldOnce('forestry-harvest', caseNumber);
    await decideOnDouble(hub, 'forestry-harvest', {
      reference: caseNumber,
      decision: 'DENY',
      reason: '上年度采伐迹地未完成更新造林',
      reviewer: '林政科 王林',
    });
    await hub.dispatch();
    expect(await deliver(hub, caseNumber, windowCode, 'POST', 'EMS1180000001')).toEqual({
      status: 'DELIVERED',
      deliveryMethod: 'POST',
      trackingNumber: 'EMS1180000001',
    });
    const { decidedAt: _decidedAt, dueDate: _dueDate, ...view } = await caseView(hub, caseNumber);
    expect(view).toEqual({
      status: 'DELIVERED',
      reason: '上年度采伐迹地未完成更新造林',
      deliveryMethod: 'POST',
      trackingNumber: 'EMS1180000001',
      events: [
        ...dispatchedEvents('COMPREHENSIVE_WINDOW', '532503-LYJ', `FORESTRY_HARVEST as ${recordNumber}`),
        {
          from: 'IN_REVIEW',
          to: 'DENIED',
          actorRole: 'DEPARTMENT',
          actor: '532503-LYJ',
          note: 'denied by 532503-LYJ: 上年度采伐迹地未完成更新造林',
        },
        {
          from: 'DENIED',
          to: 'RESULT_READY',
          actorRole: 'SYSTEM',
          actor: 'system',
          note: 'denial notice ready for collection',
        },
        deliveredEvent('COMPREHENSIVE_WINDOW', 'posted, tracking number EMS1180000001'),
      ],
      reviews: [
        {
          department: { code: '532503-LYJ' },
          system: 'FORESTRY_HARVEST',
          decision: 'DENIED',
          resultNumber: null,
          reason: '上年度采伐迹地未完成更新造林',
          reviewer: '林政科 王林',
        },
      ],
      dispatches: [
        {
          department: { code: '532503-LYJ' },
          system: 'FORESTRY_HARVEST',
          state: 'DELIVERED',
          stuck: false,
          attempts: 0,
          recordNumber,
        },
      ],
      supplementNotices: [],
      evaluation: null,
    });
  });

  it('a 新农合 reimbursement: the system asks for materials (one notice), they are supplied, then it approves', async () => {
    const { caseNumber, windowCode } = await submitAndAccept(hub, 'paths-materials', REIMBURSEMENT, person(pensioner));
    await hub.dispatch();
    await decideOnDouble(hub, 'health-insurance', {
      reference: caseNumber,
      decision: 'REQUEST_MATERIALS',
      reason: '住院费用清单不完整',
      missingMaterials: [{ code: 'M03', reason: '缺少住院费用明细清单' }],
      reviewer: '合管办 杨',
    });
    expect(await hub.dispatch()).toEqual({ delivered: 0, failed: 0, decisions: 1 });
    // the system keeps reporting the same request: nothing more happens
    expect(await hub.dispatch()).toEqual({ delivered: 0, failed: 0, decisions: 0 });
    const waiting = await caseView(
      hub,
      caseNumber,
      'status supplementNotices { requestedInStatus missing { code name reason } resolvedAt } reviews { decision reason }',
    );
    expect(waiting).toEqual({
      status: 'NEEDS_SUPPLEMENT',
      supplementNotices: [
        {
          requestedInStatus: 'IN_REVIEW',
          missing: [
            { code: 'M03', name: waiting.supplementNotices[0].missing[0].name, reason: '缺少住院费用明细清单' },
          ],
          resolvedAt: null,
        },
      ],
      reviews: [{ decision: 'MATERIALS_REQUESTED', reason: '住院费用清单不完整' }],
    });

    const supplied = await hub.query(
      `mutation ($input: SupplyMaterialsInput!) { supplyMaterials(input: $input) { status } }`,
      { input: { caseNumber, materials: ['M03'], windowCode, clerk: CLERK } },
      atWindow(windowCode),
    );
    expect(supplied.data).toEqual({ supplyMaterials: { status: 'IN_REVIEW' } });
    await decideOnDouble(hub, 'health-insurance', {
      reference: caseNumber,
      decision: 'APPROVE',
      resultNumber: 'XNHBX-2026-0099',
    });
    expect(await hub.dispatch()).toEqual({ delivered: 0, failed: 0, decisions: 1 });
    await deliver(hub, caseNumber, windowCode);
    expect(await caseView(hub, caseNumber, 'status events { from to actorRole }')).toEqual({
      status: 'DELIVERED',
      events: [
        { from: null, to: 'SUBMITTED', actorRole: 'DEPARTMENT_WINDOW' },
        { from: 'SUBMITTED', to: 'ACCEPTED', actorRole: 'DEPARTMENT_WINDOW' },
        { from: 'ACCEPTED', to: 'DISPATCHED', actorRole: 'SYSTEM' },
        { from: 'DISPATCHED', to: 'IN_REVIEW', actorRole: 'DEPARTMENT' },
        { from: 'IN_REVIEW', to: 'NEEDS_SUPPLEMENT', actorRole: 'DEPARTMENT' },
        { from: 'NEEDS_SUPPLEMENT', to: 'IN_REVIEW', actorRole: 'DEPARTMENT_WINDOW' },
        { from: 'IN_REVIEW', to: 'APPROVED', actorRole: 'DEPARTMENT' },
        { from: 'APPROVED', to: 'RESULT_READY', actorRole: 'SYSTEM' },
        { from: 'RESULT_READY', to: 'DELIVERED', actorRole: 'DEPARTMENT_WINDOW' },
      ],
    });
    await heldOnce('health-insurance', caseNumber);
  });
});

describe('retries, evaluation and supervision', () => {
  it('client retries of submission and acceptance never create a second dispatch', async () => {
    const { materials, windowCode } = await guideOf(hub, HARVEST);
    const input = {
      idempotencyKey: 'paths-retried',
      itemCode: HARVEST,
      applicant: person(forestFarmer),
      channel: 'WINDOW',
      windowCode,
      clerk: CLERK,
      materials,
    };
    const submissions = await Promise.all(
      Array.from({ length: 5 }, () =>
        hub.query(
          `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
          { input },
          atWindow(windowCode),
        ),
      ),
    );
    const caseNumbers = new Set(submissions.map((answer) => answer.data.submitApplication.caseNumber));
    expect(caseNumbers.size).toBe(1);
    const [caseNumber] = caseNumbers;
    const acceptances = await Promise.all(
      Array.from({ length: 5 }, () =>
        hub.query(
          `mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { status } }`,
          { input: { caseNumber, windowCode, clerk: CLERK } },
          atWindow(windowCode),
        ),
      ),
    );
    // one acceptance wins; the others find the case accepted already
    expect(
      acceptances.map((answer) => answer.data?.acceptCase?.status ?? answer.errors![0].extensions.code).sort(),
    ).toEqual(['ACCEPTED', 'ILLEGAL_TRANSITION', 'ILLEGAL_TRANSITION', 'ILLEGAL_TRANSITION', 'ILLEGAL_TRANSITION']);
    await hub.dispatch();
    await hub.dispatch();
    expect((await caseView(hub, caseNumber, 'dispatches { state }')).dispatches).toEqual([{ state: 'DELIVERED' }]);
    await heldOnce('forestry-harvest', caseNumber);
  });
});
