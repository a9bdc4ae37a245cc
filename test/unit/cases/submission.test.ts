import { Case } from '../../../subgraphs/cases/entities';
import {
  DISABILITY_CARD,
  ENTERPRISE_CODE,
  HARVEST,
  INVESTMENT,
  PERSON_ID,
  TRANSPORT,
} from './support/catalogue-fixtures';
import { CasesHarness, errorsOf } from './support/harness';
import { CASE, harvestApplication, SUBMIT } from './support/operations';

let h: CasesHarness;
beforeAll(async () => {
  h = await CasesHarness.start('cases_submission');
});
afterAll(() => h.stop());
beforeEach(() => {
  h.catalogue.down = false;
});

const countCases = () => h.orm.em.fork().count(Case, {});

describe('submitApplication', () => {
  test('a complete online application is received under the current item version, numbered by day', async () => {
    h.now = new Date('2025-09-26T02:00:00Z');
    const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication() });
    expect(submitApplication).toEqual({
      caseNumber: '53250320250926000001',
      status: 'SUBMITTED',
      itemVersion: 2,
      itemName: '林木采伐许可证核发',
      handlingMode: 'PROMISED',
      promisedTimeLimit: 5,
      applicantType: 'PERSON',
      applicantName: '张三',
      channel: 'ONLINE',
      windowCode: null,
      clerk: null,
      dueDate: null,
      dueDateProvisional: false,
      reason: null,
      serviceItem: { code: HARVEST.code, version: 2 },
      department: { code: '532503-LYJ' },
      decidingDepartments: [{ code: '532503-LYJ' }],
      person: { idNumber: PERSON_ID },
      enterprise: null,
      materials: [
        { code: 'M01', name: '林木采伐申请书' },
        { code: 'M02', name: '林权证' },
        { code: 'M03', name: '伐区调查设计' },
      ],
      events: [
        {
          from: null,
          to: 'SUBMITTED',
          actorRole: 'APPLICANT',
          actor: 'applicant',
          windowCode: null,
          note: 'application received',
        },
      ],
      supplementNotices: [],
    });
  });

  test('numbers continue through the day and restart the next day (Asia/Shanghai)', async () => {
    h.now = new Date('2025-09-26T15:59:59Z'); // 23:59:59 in Shanghai
    const late = await h.data(SUBMIT, { input: harvestApplication() });
    h.now = new Date('2025-09-26T16:00:00Z'); // midnight in Shanghai: the 27th
    const next = await h.data(SUBMIT, { input: harvestApplication() });
    expect([late.submitApplication.caseNumber, next.submitApplication.caseNumber]).toEqual([
      '53250320250926000002',
      '53250320250927000001',
    ]);
    h.now = new Date('2025-09-26T02:00:00Z');
  });

  test('an enterprise applies for a parallel-approval investment item at a window; every deciding department is recorded', async () => {
    const input = harvestApplication({
      itemCode: INVESTMENT.code,
      applicant: { type: 'ENTERPRISE', name: '蒙自某某实业有限公司', creditCode: ENTERPRISE_CODE.toLowerCase() },
      channel: 'WINDOW',
      windowCode: 'CW-INVEST',
      clerk: '王窗口',
      materials: ['M01'],
    });
    const { submitApplication } = await h.data(SUBMIT, { input });
    expect(submitApplication).toMatchObject({
      applicantType: 'ENTERPRISE',
      person: null,
      enterprise: { creditCode: ENTERPRISE_CODE },
      windowCode: 'CW-INVEST',
      clerk: '王窗口',
      department: { code: '532503-FGJ' },
      decidingDepartments: [{ code: '532503-FGJ' }, { code: '532503-ZJJ' }, { code: '532503-HBJ' }],
      events: [
        {
          from: null,
          to: 'SUBMITTED',
          actorRole: 'COMPREHENSIVE_WINDOW',
          actor: '王窗口',
          windowCode: 'CW-INVEST',
          note: 'application received',
        },
      ],
    });
  });

  test('missing required materials send the case to NEEDS_SUPPLEMENT with one notice listing every one of them', async () => {
    const input = harvestApplication({
      channel: 'WINDOW',
      windowCode: 'DW-LYJ',
      clerk: '林窗口',
      materials: ['M02', 'M04'],
    });
    const { submitApplication } = await h.data(SUBMIT, { input });
    expect(submitApplication).toMatchObject({
      status: 'NEEDS_SUPPLEMENT',
      materials: [
        { code: 'M02', name: '林权证' },
        { code: 'M04', name: '上年度更新造林验收证明' },
      ],
      events: [
        {
          from: null,
          to: 'SUBMITTED',
          actorRole: 'DEPARTMENT_WINDOW',
          actor: '林窗口',
          windowCode: 'DW-LYJ',
          note: 'application received',
        },
        {
          from: 'SUBMITTED',
          to: 'NEEDS_SUPPLEMENT',
          actorRole: 'SYSTEM',
          actor: 'system',
          windowCode: 'DW-LYJ',
          note: '2 required material(s) missing',
        },
      ],
      supplementNotices: [
        {
          clerk: '林窗口',
          windowCode: 'DW-LYJ',
          departmentCode: '532503-LYJ',
          departmentName: '蒙自市林业局',
          promisedTimeLimit: 5,
          requestedInStatus: 'SUBMITTED',
          issuedByRole: 'SYSTEM',
          missing: [
            { code: 'M01', name: '林木采伐申请书', reason: '未提交该材料' },
            { code: 'M03', name: '伐区调查设计', reason: '未提交该材料' },
          ],
          resolvedAt: null,
        },
      ],
    });
  });
});

describe('idempotent submission', () => {
  test('a retry with the same key answers with the same case and writes nothing', async () => {
    const input = harvestApplication();
    const first = await h.data(SUBMIT, { input });
    const before = await countCases();
    const retry = await h.data(SUBMIT, { input });
    expect(retry.submitApplication).toEqual(first.submitApplication);
    expect(await countCases()).toBe(before);
  });

  test('20 concurrent retries with one key make one case, and all 20 answers name it', async () => {
    const input = harvestApplication();
    const before = await countCases();
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.run(SUBMIT, { input })));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(20).fill(undefined));
    const numbers = new Set(answers.map((answer) => answer.data!.submitApplication.caseNumber));
    expect(numbers.size).toBe(1);
    expect(await countCases()).toBe(before + 1);
    const [caseNumber] = numbers;
    const { case: stored } = await h.data(CASE, { caseNumber });
    expect(stored.events).toHaveLength(1);
  });

  test('concurrent different applications get distinct, gapless numbers', async () => {
    h.now = new Date('2025-12-01T02:00:00Z');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => h.data(SUBMIT, { input: harvestApplication() })),
    );
    const numbers = answers.map((answer) => answer.submitApplication.caseNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `53250320251201${String(i + 1).padStart(6, '0')}`));
    h.now = new Date('2025-09-26T02:00:00Z');
  });

  test('the same key with a different application is a CONFLICT', async () => {
    const input = harvestApplication();
    const { submitApplication } = await h.data(SUBMIT, { input });
    const answer = await h.run(SUBMIT, { input: { ...input, materials: ['M01', 'M02', 'M03', 'M04'] } });
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([
      {
        message: 'This idempotency key was already used for a different application',
        extensions: { code: 'CONFLICT', field: 'input.idempotencyKey', caseNumber: submitApplication.caseNumber },
      },
    ]);
  });
});

describe('refused applications write nothing', () => {
  const refusals: [string, Record<string, unknown>, { message: string; extensions: Record<string, unknown> }][] = [
    [
      'a retired item',
      { itemCode: TRANSPORT.code, materials: ['M01'] },
      {
        message: `${TRANSPORT.code} (木材运输证核发) is retired and takes no new applications`,
        extensions: { code: 'ITEM_RETIRED', itemCode: TRANSPORT.code, retiredOn: '2020-07-01' },
      },
    ],
    [
      'an invalid resident ID checksum',
      { applicant: { type: 'PERSON', name: '张三', idNumber: '340524198001010013' } },
      {
        message: 'input.applicant.idNumber is not a valid resident ID number (GB 11643): CHECKSUM',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.applicant.idNumber', problem: 'CHECKSUM' },
      },
    ],
    [
      'an invalid credit code',
      {
        itemCode: INVESTMENT.code,
        applicant: { type: 'ENTERPRISE', name: '某公司', creditCode: '91532503MA6K123405' },
        materials: ['M01'],
      },
      {
        message: 'input.applicant.creditCode is not a valid unified social credit code (GB 32100): CHECKSUM',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.applicant.creditCode', problem: 'CHECKSUM' },
      },
    ],
    [
      'a person without an ID number',
      { applicant: { type: 'PERSON', name: '张三' } },
      {
        message: 'A PERSON applicant needs a resident ID number',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.applicant.idNumber' },
      },
    ],
    [
      'an applicant the item does not serve',
      {
        itemCode: DISABILITY_CARD.code,
        applicant: { type: 'ENTERPRISE', name: '某公司', creditCode: ENTERPRISE_CODE },
        materials: ['M01', 'M02'],
      },
      {
        message: `${DISABILITY_CARD.code} does not serve ENTERPRISE applicants`,
        extensions: { code: 'BAD_USER_INPUT', field: 'input.applicant.type' },
      },
    ],
    [
      'an unknown item',
      { itemCode: 'XK99999000-532503' },
      {
        message: 'There is no service item XK99999000-532503',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.itemCode' },
      },
    ],
    [
      'a material the item version does not list',
      { materials: ['M01', 'M09'] },
      {
        message: `${HARVEST.code} version 2 lists no material M09`,
        extensions: { code: 'BAD_USER_INPUT', field: 'input.materials[1]' },
      },
    ],
    [
      'a window application without the window',
      { channel: 'WINDOW', clerk: '王窗口' },
      {
        message: 'An application at a window names the window',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.windowCode' },
      },
    ],
    [
      'an unknown window',
      { channel: 'WINDOW', clerk: '王窗口', windowCode: 'CW-NOWHERE' },
      { message: 'There is no window CW-NOWHERE', extensions: { code: 'BAD_USER_INPUT', field: 'input.windowCode' } },
    ],
    [
      'an empty idempotency key',
      { idempotencyKey: '  ' },
      {
        message: 'input.idempotencyKey must not be empty',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' },
      },
    ],
  ];

  test.each(refusals)('%s', async (_name, overrides, error) => {
    const before = await countCases();
    const answer = await h.run(SUBMIT, { input: harvestApplication(overrides) });
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([error]);
    expect(await countCases()).toBe(before);
  });

  test('a lower-case x in a resident ID is accepted and stored upper-case', async () => {
    const { submitApplication } = await h.data(SUBMIT, {
      input: harvestApplication({ applicant: { type: 'PERSON', name: '张三', idNumber: PERSON_ID.toLowerCase() } }),
    });
    expect(submitApplication.person).toEqual({ idNumber: PERSON_ID });
  });

  test('the catalogue down is UPSTREAM_UNAVAILABLE, and no case is half written', async () => {
    h.catalogue.down = true;
    const before = await countCases();
    const answer = await h.run(SUBMIT, { input: harvestApplication() });
    expect(answer.data).toBeNull();
    expect(errorsOf(answer)).toEqual([
      {
        message: 'the catalogue did not answer: connection refused',
        extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'catalogue' },
      },
    ]);
    expect(await countCases()).toBe(before);
  });
});
