import { createForestryHarvestClient } from '../../../adapters/forestry-harvest';
import { HARVEST_SERVICE_PATH, startForestryHarvestDouble } from '../../../adapters/forestry-harvest/mock';
import { createForestryLandUseClient } from '../../../adapters/forestry-land-use';
import { startForestryLandUseDouble } from '../../../adapters/forestry-land-use/mock';
import { createForestryTransportClient } from '../../../adapters/forestry-transport';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { HealthInsuranceClient } from '../../../adapters/health-insurance';
import {
  DOUBLE_CREDENTIALS as HEALTH_INSURANCE_CREDENTIALS,
  startHealthInsuranceDouble,
} from '../../../adapters/health-insurance/mock';
import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  LegacySystemId,
  SubmissionReceipt,
} from '../../../adapters/kit';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { caseAdmin } from '../../../adapters/kit/mock/case-admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS, startPartyBuildingDouble } from '../../../adapters/party-building/mock';
import { createPartyBuildingClient } from '../../../adapters/party-building';
import { PensionsClient } from '../../../adapters/pensions';
import { DOUBLE_CREDENTIALS as PENSIONS_CREDENTIALS, startPensionsDouble } from '../../../adapters/pensions/mock';
import { createLogger } from '../../../lib/logger';
import { shanghaiDate } from '../../../lib/scalars';

const logger = createLogger('test');
const settings = {
  timeoutMs: 2000,
  retry: { attempts: 1, baseDelayMs: 10 },
  breaker: { failureThreshold: 100, resetTimeoutMs: 60_000 },
};

interface BackOfficeClient {
  submitCase(submission: CaseSubmission): Promise<SubmissionReceipt>;
  applicationsByReference(references: readonly string[]): Promise<Map<string, BackOfficeRecord>>;
  close(): void;
}

interface System {
  system: LegacySystemId;
  start(): Promise<RunningDouble>;
  client(url: string): BackOfficeClient;
  /**
   * The operations a first submission sends, in order, as the double's journal names them: a
   * system that cannot de-duplicate is asked first whether it holds the reference.
   */
  submitOperations: string[];
  recordNumber(day: string): string;
  resultNumber(day: string): string;
  /** The system's own status code and label of each standard status. */
  legacyStatus: { IN_REVIEW: string; APPROVED: string; DENIED: string; MATERIALS_REQUESTED: string };
}

const compact = (day: string) => day.replace(/-/g, '');

const SYSTEMS: System[] = [
  {
    system: 'forestry-harvest',
    start: () => startForestryHarvestDouble({ port: 0 }),
    client: (url) => createForestryHarvestClient({ url: `${url}${HARVEST_SERVICE_PATH}`, logger, ...settings }),
    submitOperations: ['CXSQ', 'SBSQ'],
    recordNumber: (day) => `LMCF-${compact(day)}-0001`,
    resultNumber: (day) => `CF${day.slice(0, 4)}-S001`,
    legacyStatus: {
      IN_REVIEW: '1 审核中',
      APPROVED: '2 准予许可',
      DENIED: '3 不予许可',
      MATERIALS_REQUESTED: '4 补正材料',
    },
  },
  {
    system: 'forestry-transport',
    start: () => startForestryTransportDouble({ port: 0 }),
    client: (url) => createForestryTransportClient({ url, logger, ...settings }),
    submitOperations: ['submitApplication'],
    recordNumber: (day) => `YSSQ${compact(day)}0001`,
    resultNumber: (day) => `YS${day.slice(0, 4)}-S001`,
    legacyStatus: {
      IN_REVIEW: '10 审核中',
      APPROVED: '20 已批准',
      DENIED: '30 不予批准',
      MATERIALS_REQUESTED: '40 待补正',
    },
  },
  {
    system: 'forestry-land-use',
    start: () => startForestryLandUseDouble({ port: 0 }),
    client: (url) => createForestryLandUseClient({ url, logger, ...settings }),
    submitOperations: ['LDSHSBCX', 'LDSHSB'],
    recordNumber: (day) => `LDSB-${compact(day)}-0001`,
    resultNumber: (day) => `蒙林审〔${day.slice(0, 4)}〕S001号`,
    legacyStatus: { IN_REVIEW: '1 审核中', APPROVED: '2 同意', DENIED: '3 不同意', MATERIALS_REQUESTED: '4 补正材料' },
  },
  {
    system: 'health-insurance',
    start: () => startHealthInsuranceDouble({ port: 0 }),
    client: (url) => new HealthInsuranceClient({ baseUrl: url, ...HEALTH_INSURANCE_CREDENTIALS, settings, logger }),
    submitOperations: ['login', 'submitApplication'],
    recordNumber: (day) => `XNHSQ-${compact(day)}-0001`,
    resultNumber: (day) => `XNHBX-${day.slice(0, 4)}-0001`,
    legacyStatus: {
      IN_REVIEW: '0 待审核',
      APPROVED: '1 审核通过',
      DENIED: '2 审核不通过',
      MATERIALS_REQUESTED: '3 待补充材料',
    },
  },
  {
    system: 'pensions',
    start: () => startPensionsDouble({ port: 0 }),
    client: (url) => new PensionsClient({ baseUrl: url, ...PENSIONS_CREDENTIALS, settings, logger }),
    submitOperations: ['QueryApplications', 'SubmitApplication'],
    recordNumber: (day) => `YL${compact(day)}000001`,
    resultNumber: (day) => `YLHD-${day.slice(0, 4)}-0001`,
    legacyStatus: {
      IN_REVIEW: '0 待审核',
      APPROVED: '1 审核通过',
      DENIED: '2 审核不通过',
      MATERIALS_REQUESTED: '9 退回补正',
    },
  },
  {
    system: 'party-building',
    start: () => startPartyBuildingDouble({ port: 0 }),
    client: (url) => createPartyBuildingClient({ url, ...PARTY_BUILDING_DOUBLE_CREDENTIALS, logger, ...settings }),
    submitOperations: ['GET /api/v3/affairs', 'POST /api/v3/affairs'],
    recordNumber: (day) => `SW532503001L01-${day.slice(0, 4)}-00001`,
    resultNumber: (day) => `银民〔${day.slice(0, 4)}〕0001号`,
    legacyStatus: {
      IN_REVIEW: '01 办理中',
      APPROVED: '02 同意',
      DENIED: '03 不同意',
      MATERIALS_REQUESTED: '04 需补充材料',
    },
  },
];

const submission = (reference: string): CaseSubmission => ({
  reference,
  itemCode: 'XK00001000-532503',
  itemName: '林木采伐许可证核发',
  applicant: { type: 'PERSON', name: '李国林', idNumber: '532503198001010015' },
  acceptedAt: '2025-09-26T02:00:00.000Z',
  dueDate: '2025-10-17',
  materials: ['林木采伐申请书', '林权证'],
});

describe.each(SYSTEMS)('$system: submitting a dispatched case and reading its decision back', (system) => {
  let double: RunningDouble;
  let client: BackOfficeClient;
  const today = shanghaiDate();

  beforeAll(async () => {
    double = await system.start();
    client = system.client(double.url);
  });
  afterAll(async () => {
    client.close();
    await double.stop();
  });

  it('registers the case under its number once, however often it is delivered', async () => {
    const first = await client.submitCase(submission('53250320250926000001'));
    expect(first).toEqual({
      reference: '53250320250926000001',
      recordNumber: system.recordNumber(today),
      duplicate: false,
    });
    expect((await doubleAdmin(double.url).requests()).map((entry) => entry.operation)).toEqual(system.submitOperations);

    expect(await client.submitCase(submission('53250320250926000001'))).toEqual({ ...first, duplicate: true });
    const held = await caseAdmin(double.url).cases();
    expect(
      held.map(({ reference, recordNumber, submission: { applicant, materials, dueDate } }) => ({
        reference,
        recordNumber,
        applicant: applicant.idNumber,
        materials,
        dueDate,
      })),
    ).toEqual([
      {
        reference: '53250320250926000001',
        recordNumber: system.recordNumber(today),
        applicant: '532503198001010015',
        materials: ['林木采伐申请书', '林权证'],
        dueDate: '2025-10-17',
      },
    ]);
  });

  it('reads the system’s view: in review, asked for materials, then approved; unknown references are absent', async () => {
    const reference = '53250320250926000001';
    const base = {
      system: system.system,
      reference,
      recordNumber: system.recordNumber(today),
      receivedOn: today,
      resultNumber: null,
      reason: null,
      missingMaterials: [],
    };
    expect([...(await client.applicationsByReference([reference, '53250320250926009999'])).values()]).toEqual([
      { ...base, status: 'IN_REVIEW', legacyStatus: system.legacyStatus.IN_REVIEW, reviewer: null, decidedAt: null },
    ]);

    const asked = await caseAdmin(double.url).decide({
      reference,
      decision: 'REQUEST_MATERIALS',
      reason: '伐区调查设计缺少林班图',
      missingMaterials: [{ code: 'M04', reason: '缺少林班图' }],
      reviewer: '赵审核',
    });
    expect((await client.applicationsByReference([reference])).get(reference)).toEqual({
      ...base,
      status: 'MATERIALS_REQUESTED',
      legacyStatus: system.legacyStatus.MATERIALS_REQUESTED,
      reviewer: '赵审核',
      decidedAt: instantToShanghaiIso(new Date(asked.decision!.decidedAt)),
      reason: '伐区调查设计缺少林班图',
      missingMaterials: [{ code: 'M04', reason: '缺少林班图' }],
    });

    const approved = await caseAdmin(double.url).decide({ reference, decision: 'APPROVE' });
    expect((await client.applicationsByReference([reference])).get(reference)).toEqual({
      ...base,
      status: 'APPROVED',
      legacyStatus: system.legacyStatus.APPROVED,
      reviewer: approved.decision!.reviewer,
      decidedAt: instantToShanghaiIso(new Date(approved.decision!.decidedAt)),
      resultNumber: system.resultNumber(today),
    });
  });

  it('shows a denial with its reason, and refuses a second final decision (409)', async () => {
    const reference = '53250320250926000002';
    await client.submitCase(submission(reference));
    await caseAdmin(double.url).decide({ reference, decision: 'DENY', reason: '不符合采伐限额' });
    const record = (await client.applicationsByReference([reference])).get(reference)!;
    expect([record.status, record.legacyStatus, record.reason]).toEqual([
      'DENIED',
      system.legacyStatus.DENIED,
      '不符合采伐限额',
    ]);
    await expect(caseAdmin(double.url).decide({ reference, decision: 'APPROVE' })).rejects.toThrow(
      `double admin POST /decisions: HTTP 409 {"error":"${reference} was already decided: DENY"}`,
    );
  });
});
