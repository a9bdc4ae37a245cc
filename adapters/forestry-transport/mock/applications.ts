import { CaseSubmission } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { compactInstant } from '../applications';
import { applicationStatuses } from '../codes';

const MAX_KEYS = 50;
const envelope = (code: string, msg: string, data: unknown = null) => ({ code, msg, data });

/** The applications the transport system received: 受理编号 YSSQyyyyMMddnnnn, 运输证号 YSyyyy-Snnn. */
export function createTransportRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) => `YSSQ${compactInstant(at).slice(0, 8)}${String(sequence).padStart(4, '0')}`,
    resultNumber: (record) => `YS${compactInstant(record.receivedAt).slice(0, 4)}-S${record.recordNumber.slice(-3)}`,
    defaultReviewer: '木材运输审核员',
  });
}

function parse(body: Buffer): any {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const iso = (compact: string) =>
  `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}T${compact.slice(8, 10)}:${compact.slice(10, 12)}:${compact.slice(12, 14)}+08:00`;

function submissionOf(request: any): CaseSubmission | null {
  const fields = ['wbbh', 'sxbm', 'sxmc', 'sqrlx', 'sqrmc', 'sqrzjhm', 'slsj'];
  if (fields.some((name) => typeof request?.[name] !== 'string' || !request[name])) return null;
  if (!/^\d{14}$/.test(request.slsj) || !Array.isArray(request.clqd)) return null;
  return {
    reference: request.wbbh,
    itemCode: request.sxbm,
    itemName: request.sxmc,
    applicant: {
      type: request.sqrlx === '1' ? 'PERSON' : 'ENTERPRISE',
      name: request.sqrmc,
      idNumber: request.sqrzjhm,
    },
    acceptedAt: new Date(iso(request.slsj)).toISOString(),
    dueDate: typeof request.bjqx === 'string' ? request.bjqx.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3') : null,
    materials: request.clqd.map(String),
  };
}

function toApplication(record: RegisteredCase) {
  const { decision } = record;
  return {
    wbbh: record.reference,
    slbh: record.recordNumber,
    sqzt: applicationStatuses.codeOf(statusOf(record)),
    slrq: compactInstant(record.receivedAt).slice(0, 8),
    ...(decision
      ? {
          shr: decision.reviewer,
          jdsj: compactInstant(decision.decidedAt),
          ...(decision.resultNumber ? { yszh: decision.resultNumber } : {}),
          ...(decision.reason ? { spyj: decision.reason } : {}),
          bzcl: decision.missingMaterials.map(({ code, reason }) => ({ clbm: code, bzyy: reason })),
        }
      : {}),
  };
}

/** sqsb as the real system answers it: always 200, and a known wbbh is 1005 重复申报 with its first slbh. */
export function answerSubmission(register: CaseRegister, body: Buffer) {
  const submission = submissionOf(parse(body));
  if (!submission) return envelope('1001', '参数错误: 申请信息不完整');
  const known = register.find(submission.reference);
  if (known) return envelope('1005', '重复申报', { slbh: known.recordNumber });
  return envelope('0000', '成功', { slbh: register.register(submission).recordNumber });
}

/** sqcx: the applications of the wbbh asked for, 1004 查无记录 when none. */
export function answerApplicationQuery(register: CaseRegister, body: Buffer) {
  const references = parse(body)?.wbbh;
  if (!Array.isArray(references) || references.length === 0 || references.some((value) => typeof value !== 'string'))
    return envelope('1001', '参数错误: wbbh 不能为空');
  if (references.length > MAX_KEYS) return envelope('1001', `参数错误: 每项最多${MAX_KEYS}个`);
  const list = references.flatMap((reference: string) => register.find(reference) ?? []).map(toApplication);
  return list.length ? envelope('0000', '成功', { total: list.length, list }) : envelope('1004', '查无记录');
}
