import { shanghaiWallClock, slashDate } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { APPLICATION_STATUSES } from '../codes';
import { LegacyApplication, MAX_REFERENCES, QUERY_APPLICATIONS, SUBMIT_APPLICATION } from '../contract/wire';

const day = (instant: Date) => shanghaiWallClock(instant).slice(0, 10);
const asList = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String));

/** The applications the pension system received: 业务流水号 YL yyyyMMdd nnnnnn, 核定编号 YLHD-yyyy-nnnn. */
export function createApplicationRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) => `YL${day(at).replace(/-/g, '')}${String(sequence).padStart(6, '0')}`,
    resultNumber: (record) => `YLHD-${day(record.receivedAt).slice(0, 4)}-${record.recordNumber.slice(-4)}`,
    defaultReviewer: '文澜镇社保中心 审核员',
  });
}

function toApplication(record: RegisteredCase): LegacyApplication {
  const { decision } = record;
  return {
    WBLSH: record.reference,
    YWLSH: record.recordNumber,
    SPZT: APPLICATION_STATUSES.codeOf(statusOf(record)),
    SLRQ: slashDate(day(record.receivedAt)),
    ...(decision
      ? {
          SHR: decision.reviewer,
          SPSJ: shanghaiWallClock(decision.decidedAt),
          ...(decision.resultNumber ? { HDBH: decision.resultNumber } : {}),
          ...(decision.reason ? { SPYJ: decision.reason } : {}),
          BZCL: decision.missingMaterials.map(({ code, reason }) => ({ CLBM: code, BZYY: reason })),
        }
      : {}),
  };
}

/** A SOAP 1.2 Sender fault for a request the system cannot use. */
function badRequest(reason: string) {
  return {
    Fault: {
      Code: { Value: 'soap:Sender', Subcode: { Value: 'ylbx:InvalidRequest' } },
      Reason: { Text: reason },
      statusCode: 400,
    },
  };
}

/** SubmitApplication and QueryApplications as the real system answers them; WBLSH is not checked for duplicates. */
export function applicationOperations(register: CaseRegister) {
  return {
    [SUBMIT_APPLICATION](args: Record<string, unknown>) {
      const fields = ['WBLSH', 'YWBM', 'YWMC', 'AAC002', 'AAC003', 'SLSJ'];
      if (fields.some((name) => typeof args?.[name] !== 'string' || !args[name])) throw badRequest('申报信息不完整');
      const text = (name: string) => String(args[name]);
      const record = register.register({
        reference: text('WBLSH'),
        itemCode: text('YWBM'),
        itemName: text('YWMC'),
        applicant: { type: 'PERSON', name: text('AAC003'), idNumber: text('AAC002') },
        acceptedAt: new Date(`${text('SLSJ').replace(' ', 'T')}+08:00`).toISOString(),
        dueDate: typeof args.BJQX === 'string' ? args.BJQX : null,
        materials: asList(args.CL),
      });
      return { YWLSH: record.recordNumber };
    },
    [QUERY_APPLICATIONS](args: { WBLSH?: unknown }) {
      const references = asList(args?.WBLSH);
      if (references.length === 0 || references.length > MAX_REFERENCES)
        throw badRequest(`WBLSH 须为1至${MAX_REFERENCES}个`);
      return {
        Application: references.flatMap((reference) => register.find(reference) ?? []).map(toApplication),
      };
    },
  };
}
