import { CaseSubmission, shanghaiWallClock } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { applicationStatuses } from '../codes';

const MAX_KEYS = 50;
const asList = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String));
const day = (instant: Date) => shanghaiWallClock(instant).slice(0, 10);

/** The applications the harvest system received: 受理编号 LMCF-yyyyMMdd-nnnn, 许可证号 CFyyyy-Snnn. */
export function createHarvestRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) => `LMCF-${day(at).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`,
    resultNumber: (record) => `CF${day(record.receivedAt).slice(0, 4)}-S${record.recordNumber.slice(-3)}`,
    defaultReviewer: '林政科 审核员',
  });
}

/** SBSQ's request as the standard submission the register keeps. */
function submissionOf(request: Record<string, unknown>): CaseSubmission | null {
  const fields = ['WBBH', 'SXBM', 'SXMC', 'SQRLX', 'SQR', 'SFZH', 'SLSJ'];
  if (fields.some((name) => typeof request?.[name] !== 'string' || !request[name])) return null;
  const text = (name: string) => String(request[name]);
  return {
    reference: text('WBBH'),
    itemCode: text('SXBM'),
    itemName: text('SXMC'),
    applicant: { type: text('SQRLX') === '1' ? 'PERSON' : 'ENTERPRISE', name: text('SQR'), idNumber: text('SFZH') },
    acceptedAt: new Date(`${text('SLSJ').replace(' ', 'T')}+08:00`).toISOString(),
    dueDate: typeof request.BJQX === 'string' ? request.BJQX : null,
    materials: asList(request.CL),
  };
}

/** An application as CXSQ answers it: the system's fields, every value a string. */
function toSq(record: RegisteredCase) {
  const { decision } = record;
  return {
    WBBH: record.reference,
    SLBH: record.recordNumber,
    SQZT: applicationStatuses.codeOf(statusOf(record)),
    SLRQ: day(record.receivedAt),
    ...(decision
      ? {
          SHR: decision.reviewer,
          JDSJ: shanghaiWallClock(decision.decidedAt),
          ...(decision.resultNumber ? { XKZH: decision.resultNumber } : {}),
          ...(decision.reason ? { SPYJ: decision.reason } : {}),
          BZCL: decision.missingMaterials.map(({ code, reason }) => ({ CLBM: code, BZYY: reason })),
        }
      : {}),
  };
}

/** SBSQ and CXSQ as the real system answers them. It registers whatever it is sent: WBBH is not checked for duplicates. */
export function applicationOperations(register: CaseRegister) {
  return {
    SBSQ(request: Record<string, unknown>) {
      const submission = submissionOf(request);
      if (!submission) return { FHDM: '1', FHXX: '参数错误: 申请信息不完整' };
      return { FHDM: '0', FHXX: '成功', SLBH: register.register(submission).recordNumber };
    },
    CXSQ(request: { WBBH?: unknown } | null) {
      const references = asList(request?.WBBH);
      if (references.length === 0) return { FHDM: '1', FHXX: '参数错误: WBBH 不能为空' };
      if (references.length > MAX_KEYS) return { FHDM: '1', FHXX: `参数错误: 一次最多查询${MAX_KEYS}个` };
      const found = references.flatMap((reference) => register.find(reference) ?? []);
      return { FHDM: '0', FHXX: '成功', SQ: found.map(toSq) };
    },
  };
}
