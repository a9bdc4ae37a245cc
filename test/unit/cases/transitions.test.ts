import { DISABILITY_CARD, HARVEST, HARVEST_V1 } from './support/catalogue-fixtures';
import { CasesHarness, errorsOf, GraphQLAnswer } from './support/harness';
import {
  ACCEPT,
  CASE,
  DECIDE,
  harvestApplication,
  REJECT,
  REQUEST_SUPPLEMENT,
  SUBMIT,
  SUPPLY,
} from './support/operations';

let h: CasesHarness;
beforeAll(async () => {
  h = await CasesHarness.start('cases_transitions');
});
afterAll(() => h.stop());
beforeEach(() => {
  h.catalogue.down = false;
  h.now = new Date('2025-09-26T02:00:00Z'); // Friday 10:00 in Shanghai, before the National Day holiday
});

async function submitted(overrides: Record<string, unknown> = {}): Promise<string> {
  const { submitApplication } = await h.data(SUBMIT, { input: harvestApplication(overrides) });
  return submitApplication.caseNumber;
}

/** Refused, with exactly this error, and the case exactly as it was. */
async function expectRefused(
  caseNumber: string,
  attempt: Promise<GraphQLAnswer>,
  error: { message: string; extensions: Record<string, unknown> },
) {
  const before = await h.data(CASE, { caseNumber });
  const answer = await attempt;
  expect(answer.data).toBeNull();
  expect(errorsOf(answer)).toEqual([error]);
  expect(await h.data(CASE, { caseNumber })).toEqual(before);
}

const atInvestWindow = { clerk: '王窗口', windowCode: 'CW-INVEST' };

describe('acceptCase', () => {
  test('an authorised comprehensive window accepts; the due date counts working days from the next day', async () => {
    const caseNumber = await submitted();
    const { acceptCase } = await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    // 5 working days from Fri 09-26: Sun 09-28 is worked in exchange, 10-01..10-08 are holidays
    expect(acceptCase).toMatchObject({
      status: 'ACCEPTED',
      dueDate: '2025-10-10',
      dueDateProvisional: false,
      windowCode: 'CW-INVEST',
      clerk: '王窗口',
      events: [
        {
          from: null,
          to: 'SUBMITTED',
          actorRole: 'APPLICANT',
          actor: 'applicant',
          windowCode: null,
          note: 'application received',
        },
        {
          from: 'SUBMITTED',
          to: 'ACCEPTED',
          actorRole: 'COMPREHENSIVE_WINDOW',
          actor: '王窗口',
          windowCode: 'CW-INVEST',
          note: 'accepted',
        },
      ],
    });
  });

  test('the promised time limit is the pinned version’s, whatever the catalogue says today', async () => {
    const caseNumber = await submitted();
    // as if submitted before version 2 was published
    await h.orm.em
      .fork()
      .nativeUpdate('Case', { caseNumber }, { itemVersion: 1, promisedTimeLimit: HARVEST_V1.promisedTimeLimit });
    const { acceptCase } = await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    // 10 working days: 09-28 (worked Sunday), 09-29, 09-30, 10-09, 10-10, 10-11 (worked Saturday), 10-13..10-16
    expect(acceptCase).toMatchObject({ itemVersion: 1, promisedTimeLimit: 10, dueDate: '2025-10-16' });
  });

  test('a due date running into a year without calendar data is provisional', async () => {
    h.now = new Date('2027-12-28T02:00:00Z');
    const caseNumber = await submitted();
    const { acceptCase } = await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    expect(acceptCase).toMatchObject({ dueDate: '2028-01-04', dueDateProvisional: true });
  });

  test('the item’s own department window accepts too', async () => {
    const caseNumber = await submitted();
    const { acceptCase } = await h.data(ACCEPT, { input: { caseNumber, clerk: '林窗口', windowCode: 'DW-LYJ' } });
    expect(acceptCase).toMatchObject({
      status: 'ACCEPTED',
      windowCode: 'DW-LYJ',
      events: [{}, { actorRole: 'DEPARTMENT_WINDOW' }],
    });
  });

  test('a comprehensive window the item is not authorised to is refused', async () => {
    const caseNumber = await submitted();
    await expectRefused(
      caseNumber,
      h.run(ACCEPT, { input: { caseNumber, clerk: '民窗口', windowCode: 'CW-LIVELIHOOD' } }),
      {
        message: `Window CW-LIVELIHOOD may not handle ${HARVEST.code}: the department has not authorised this window to accept the item`,
        extensions: { code: 'NOT_AUTHORISED_AT_WINDOW', windowCode: 'CW-LIVELIHOOD', itemCode: HARVEST.code },
      },
    );
  });

  test('another department’s window is refused', async () => {
    const caseNumber = await submitted();
    await expectRefused(caseNumber, h.run(ACCEPT, { input: { caseNumber, clerk: '残窗口', windowCode: 'DW-CL' } }), {
      message: `Window DW-CL may not handle ${HARVEST.code}: the window belongs to another department`,
      extensions: { code: 'NOT_AUTHORISED_AT_WINDOW', windowCode: 'DW-CL', itemCode: HARVEST.code },
    });
  });

  test('accepting twice is an illegal transition and changes nothing', async () => {
    const caseNumber = await submitted();
    await h.data(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    await expectRefused(caseNumber, h.run(ACCEPT, { input: { caseNumber, ...atInvestWindow } }), {
      message: 'A case cannot go from ACCEPTED to ACCEPTED (NO_SUCH_TRANSITION, by COMPREHENSIVE_WINDOW)',
      extensions: {
        code: 'ILLEGAL_TRANSITION',
        from: 'ACCEPTED',
        to: 'ACCEPTED',
        actorRole: 'COMPREHENSIVE_WINDOW',
        reason: 'NO_SUCH_TRANSITION',
      },
    });
  });

  test('an immediate item is not accepted for the back office', async () => {
    const caseNumber = await submitted({ itemCode: DISABILITY_CARD.code, materials: ['M01', 'M02'] });
    await expectRefused(caseNumber, h.run(ACCEPT, { input: { caseNumber, clerk: '残窗口', windowCode: 'DW-CL' } }), {
      message: 'A case cannot go from SUBMITTED to ACCEPTED (CONDITION_NOT_MET, by DEPARTMENT_WINDOW)',
      extensions: {
        code: 'ILLEGAL_TRANSITION',
        from: 'SUBMITTED',
        to: 'ACCEPTED',
        actorRole: 'DEPARTMENT_WINDOW',
        reason: 'CONDITION_NOT_MET',
      },
    });
  });

  test('the catalogue down while accepting: UPSTREAM_UNAVAILABLE, the case untouched', async () => {
    const caseNumber = await submitted();
    const before = await h.data(CASE, { caseNumber });
    h.catalogue.down = true;
    const answer = await h.run(ACCEPT, { input: { caseNumber, ...atInvestWindow } });
    h.catalogue.down = false;
    expect(errorsOf(answer)).toEqual([
      {
        message: 'the catalogue did not answer: connection refused',
        extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'catalogue' },
      },
    ]);
    expect(await h.data(CASE, { caseNumber })).toEqual(before);
  });

  test('an unknown case is NOT_FOUND', async () => {
    const answer = await h.run(ACCEPT, { input: { caseNumber: '53250320250926999999', ...atInvestWindow } });
    expect(errorsOf(answer)).toEqual([
      {
        message: 'Case 53250320250926999999 does not exist',
        extensions: { code: 'NOT_FOUND', what: 'Case', key: '53250320250926999999' },
      },
    ]);
  });
});

describe('supplement (补正)', () => {
  test('a clerk’s notice lists what they flagged and every required material still missing, once', async () => {
    const caseNumber = await submitted({ materials: ['M01', 'M03'] }); // M02 missing: the system's notice
    await h.data(SUPPLY, { input: { caseNumber, materials: ['M02'] } });
    const { requestSupplement } = await h.data(REQUEST_SUPPLEMENT, {
      input: { caseNumber, ...atInvestWindow, materials: [{ code: 'M03', reason: '伐区调查设计未盖章' }] },
    });
    expect(requestSupplement.status).toBe('NEEDS_SUPPLEMENT');
    expect(requestSupplement.supplementNotices).toHaveLength(2);
    expect(requestSupplement.supplementNotices[1]).toEqual({
      clerk: '王窗口',
      windowCode: 'CW-INVEST',
      departmentCode: '532503-LYJ',
      departmentName: '蒙自市林业局',
      promisedTimeLimit: 5,
      requestedInStatus: 'SUBMITTED',
      issuedByRole: 'COMPREHENSIVE_WINDOW',
      missing: [{ code: 'M03', name: '伐区调查设计', reason: '伐区调查设计未盖章' }],
      resolvedAt: null,
    });
  });

  test('supplying only part of the notice is refused, naming what is still missing', async () => {
    const caseNumber = await submitted({ materials: ['M02'] });
    await expectRefused(caseNumber, h.run(SUPPLY, { input: { caseNumber, materials: ['M01'] } }), {
      message: 'Every material on the notice is needed; missing M03',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.materials', missing: ['M03'] },
    });
  });

  test('supplying everything returns the case to the window and closes the notice', async () => {
    const caseNumber = await submitted({ materials: ['M02'] });
    const { supplyMaterials } = await h.data(SUPPLY, { input: { caseNumber, materials: ['M03', 'M01'] } });
    expect(supplyMaterials).toMatchObject({
      status: 'SUBMITTED',
      materials: [{ code: 'M02' }, { code: 'M01' }, { code: 'M03' }],
      events: [
        { to: 'SUBMITTED' },
        { to: 'NEEDS_SUPPLEMENT' },
        { from: 'NEEDS_SUPPLEMENT', to: 'SUBMITTED', actorRole: 'APPLICANT', note: 'materials supplied' },
      ],
    });
    expect(supplyMaterials.supplementNotices[0].resolvedAt).toBe(h.now.toISOString());
  });

  test('supplying a case with no open notice is an illegal transition', async () => {
    const caseNumber = await submitted();
    await expectRefused(caseNumber, h.run(SUPPLY, { input: { caseNumber, materials: ['M01'] } }), {
      message: 'A case cannot go from SUBMITTED to SUBMITTED (NO_SUCH_TRANSITION, by APPLICANT)',
      extensions: {
        code: 'ILLEGAL_TRANSITION',
        from: 'SUBMITTED',
        to: 'SUBMITTED',
        actorRole: 'APPLICANT',
        reason: 'NO_SUCH_TRANSITION',
      },
    });
  });

  test('a material the pinned version does not list cannot be flagged', async () => {
    const caseNumber = await submitted();
    await expectRefused(
      caseNumber,
      h.run(REQUEST_SUPPLEMENT, {
        input: { caseNumber, ...atInvestWindow, materials: [{ code: 'M09', reason: '?' }] },
      }),
      {
        message: `${HARVEST.code} version 2 lists no material M09`,
        extensions: { code: 'BAD_USER_INPUT', field: 'input.materials[0].code' },
      },
    );
  });
});

describe('rejectCase', () => {
  test('a reason is required', async () => {
    const caseNumber = await submitted();
    await expectRefused(caseNumber, h.run(REJECT, { input: { caseNumber, ...atInvestWindow, reason: ' ' } }), {
      message: 'A rejection must state its reason',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
    });
  });

  test('a case waiting for materials can be rejected, with its reason kept', async () => {
    const caseNumber = await submitted({ materials: [] });
    const { rejectCase } = await h.data(REJECT, {
      input: { caseNumber, ...atInvestWindow, reason: '申请人逾期未补正' },
    });
    expect(rejectCase).toMatchObject({
      status: 'REJECTED',
      reason: '申请人逾期未补正',
      events: [
        {},
        {},
        {
          from: 'NEEDS_SUPPLEMENT',
          to: 'REJECTED',
          actorRole: 'COMPREHENSIVE_WINDOW',
          note: 'not accepted: 申请人逾期未补正',
        },
      ],
    });
  });

  test('a rejected case is final', async () => {
    const caseNumber = await submitted();
    await h.data(REJECT, { input: { caseNumber, ...atInvestWindow, reason: '不属于受理范围' } });
    await expectRefused(caseNumber, h.run(ACCEPT, { input: { caseNumber, ...atInvestWindow } }), {
      message: 'A case cannot go from REJECTED to ACCEPTED (NO_SUCH_TRANSITION, by COMPREHENSIVE_WINDOW)',
      extensions: {
        code: 'ILLEGAL_TRANSITION',
        from: 'REJECTED',
        to: 'ACCEPTED',
        actorRole: 'COMPREHENSIVE_WINDOW',
        reason: 'NO_SUCH_TRANSITION',
      },
    });
  });
});

describe('decideImmediately', () => {
  const disability = { itemCode: DISABILITY_CARD.code, materials: ['M01', 'M02'] };
  const atOwnWindow = { clerk: '残窗口', windowCode: 'DW-CL' };

  test('the department’s own window accepts and approves in one step, due the same day', async () => {
    const caseNumber = await submitted(disability);
    const { decideImmediately } = await h.data(DECIDE, { input: { caseNumber, ...atOwnWindow, outcome: 'APPROVED' } });
    expect(decideImmediately).toMatchObject({
      status: 'APPROVED',
      dueDate: '2025-09-26',
      reason: null,
      windowCode: 'DW-CL',
      events: [
        {},
        {
          from: 'SUBMITTED',
          to: 'APPROVED',
          actorRole: 'DEPARTMENT_WINDOW',
          actor: '残窗口',
          note: 'approved on the spot',
        },
      ],
    });
  });

  test('a denial needs its reason, and keeps it', async () => {
    const caseNumber = await submitted(disability);
    await expectRefused(caseNumber, h.run(DECIDE, { input: { caseNumber, ...atOwnWindow, outcome: 'DENIED' } }), {
      message: 'A denial must state its reason',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
    });
    const { decideImmediately } = await h.data(DECIDE, {
      input: { caseNumber, ...atOwnWindow, outcome: 'DENIED', reason: '不符合评定标准' },
    });
    expect(decideImmediately).toMatchObject({
      status: 'DENIED',
      reason: '不符合评定标准',
      events: [{}, { note: 'denied on the spot: 不符合评定标准' }],
    });
  });

  test('a comprehensive window cannot decide on the spot', async () => {
    const caseNumber = await submitted(disability);
    await expectRefused(caseNumber, h.run(DECIDE, { input: { caseNumber, ...atInvestWindow, outcome: 'APPROVED' } }), {
      message: `Window CW-INVEST may not handle ${DISABILITY_CARD.code}: only the department’s own window decides an immediate item`,
      extensions: { code: 'NOT_AUTHORISED_AT_WINDOW', windowCode: 'CW-INVEST', itemCode: DISABILITY_CARD.code },
    });
  });

  test('a promised item cannot be decided on the spot', async () => {
    const caseNumber = await submitted();
    await expectRefused(
      caseNumber,
      h.run(DECIDE, { input: { caseNumber, clerk: '林窗口', windowCode: 'DW-LYJ', outcome: 'APPROVED' } }),
      {
        message: 'A case cannot go from SUBMITTED to APPROVED (CONDITION_NOT_MET, by DEPARTMENT_WINDOW)',
        extensions: {
          code: 'ILLEGAL_TRANSITION',
          from: 'SUBMITTED',
          to: 'APPROVED',
          actorRole: 'DEPARTMENT_WINDOW',
          reason: 'CONDITION_NOT_MET',
        },
      },
    );
  });
});
