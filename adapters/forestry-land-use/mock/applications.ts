import { CaseSubmission, shanghaiWallClock, slashDate } from '../../kit';
import { CaseRegister, RegisteredCase, statusOf } from '../../kit/mock/case-register';
import { applicationStatuses } from '../codes';
import { decodeDocument, encodeDocument } from '../wire';

const MAX_KEYS = 50;
const day = (instant: Date) => shanghaiWallClock(instant).slice(0, 10);

/** The applications the land-use system received: 受理编号 LDSB-yyyyMMdd-nnnn, 审核文号 蒙林审〔yyyy〕Snnn号. */
export function createLandUseRegister(): CaseRegister {
  return new CaseRegister({
    recordNumber: (sequence, at) => `LDSB-${day(at).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`,
    resultNumber: (record) => `蒙林审〔${day(record.receivedAt).slice(0, 4)}〕S${record.recordNumber.slice(-3)}号`,
    defaultReviewer: '资源林政股 审核员',
  });
}

const asList = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String));

function submissionOf(request: Record<string, unknown> | undefined): CaseSubmission | null {
  const fields = ['WBBH', 'SXBM', 'SXMC', 'SQRLX', 'SQR', 'ZJHM', 'SLSJ'];
  if (!request || fields.some((name) => typeof request[name] !== 'string' || !request[name])) return null;
  const text = (name: string) => String(request[name]);
  const due = typeof request.BJQX === 'string' ? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(request.BJQX) : null;
  return {
    reference: text('WBBH'),
    itemCode: text('SXBM'),
    itemName: text('SXMC'),
    applicant: { type: text('SQRLX') === '1' ? 'PERSON' : 'ENTERPRISE', name: text('SQR'), idNumber: text('ZJHM') },
    acceptedAt: new Date(`${text('SLSJ').replace(' ', 'T')}+08:00`).toISOString(),
    dueDate: due ? `${due[1]}-${due[2].padStart(2, '0')}-${due[3].padStart(2, '0')}` : null,
    materials: asList(request.CL),
  };
}

function toSbjl(record: RegisteredCase) {
  const { decision } = record;
  return {
    WBBH: record.reference,
    SLBH: record.recordNumber,
    BLZT: applicationStatuses.codeOf(statusOf(record)),
    SLRQ: slashDate(day(record.receivedAt)),
    ...(decision
      ? {
          SHR: decision.reviewer,
          JDSJ: shanghaiWallClock(decision.decidedAt),
          ...(decision.resultNumber ? { SHWH: decision.resultNumber } : {}),
          ...(decision.reason ? { SHYJ: decision.reason } : {}),
          BZCL: decision.missingMaterials.map(({ code, reason }) => ({ CLBM: code, BZYY: reason })),
        }
      : {}),
  };
}

function parse(body: Buffer, contentType: string | undefined, repeated: string[]): any {
  try {
    return decodeDocument(body, contentType, repeated);
  } catch {
    return undefined;
  }
}

/** LDSHSB as the real system answers it: it registers whatever it is sent, WBBH unchecked. */
export function answerSubmission(register: CaseRegister, body: Buffer, contentType: string | undefined): Buffer {
  const submission = submissionOf(parse(body, contentType, ['CL'])?.LDSHSB);
  if (!submission) return encodeDocument({ LDSHSBJG: { JGDM: '1', JGXX: '请求格式错误' } });
  const { recordNumber } = register.register(submission);
  return encodeDocument({ LDSHSBJG: { JGDM: '0', JGXX: '成功', SLBH: recordNumber } });
}

/** LDSHSBCX: the applications of the WBBH asked for. */
export function answerSubmissionQuery(register: CaseRegister, body: Buffer, contentType: string | undefined): Buffer {
  const references = asList(parse(body, contentType, ['WBBH'])?.LDSHSBCX?.WBBH);
  if (references.length === 0) return encodeDocument({ LDSHSBCXJG: { JGDM: '1', JGXX: '请求格式错误: 缺少WBBH' } });
  if (references.length > MAX_KEYS)
    return encodeDocument({ LDSHSBCXJG: { JGDM: '2', JGXX: `查询数量超限: 最多${MAX_KEYS}个` } });
  const found = references.flatMap((reference) => register.find(reference) ?? []);
  return encodeDocument({ LDSHSBCXJG: { JGDM: '0', JGXX: '成功', SBJL: found.map(toSbjl) } });
}
