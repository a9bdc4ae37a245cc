import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { CONTENT_TYPE, decodeDocument, encodeDocument, QUERY_PATH, SUBMISSION_QUERY_PATH, SUBMIT_PATH } from '../wire';
import { answerSubmission, answerSubmissionQuery, createLandUseRegister } from './applications';
import { LAND_USE_APPROVALS } from './approvals';

const OPERATIONS: Record<string, string> = {
  [`POST ${QUERY_PATH}`]: 'LDSHCX',
  [`POST ${SUBMIT_PATH}`]: 'LDSHSB',
  [`POST ${SUBMISSION_QUERY_PATH}`]: 'LDSHSBCX',
};

const MAX_KEYS = 50;

const result = (JGDM: string, JGXX: string, SHJL: unknown[] = []) => encodeDocument({ LDSHJG: { JGDM, JGXX, SHJL } });

/** LDSHCX as the real system answers it: every answer HTTP 200, the outcome in JGDM. */
export function answerQuery(body: Buffer, contentType: string | undefined): Buffer {
  let applicants: string[];
  try {
    applicants = (decodeDocument(body, contentType, ['ZJHM'])?.LDSHCX?.ZJHM ?? []).map(String);
  } catch {
    return result('1', '请求格式错误');
  }
  if (applicants.length === 0) return result('1', '请求格式错误: 缺少ZJHM');
  if (applicants.length > MAX_KEYS) return result('2', `查询数量超限: 最多${MAX_KEYS}个`);
  const wanted = new Set(applicants.map((id) => id.toUpperCase()));
  return result(
    '0',
    '成功',
    LAND_USE_APPROVALS.filter((approval) => wanted.has(approval.ZJHM)),
  );
}

/**
 * The land-use system's double: plain XML over POST, declared GBK, written GB18030. It keeps the
 * applications the hub submits; a tester decides them at `POST /__admin/decisions`.
 */
export function startForestryLandUseDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'forestry-land-use',
    contentType: CONTENT_TYPE,
    operationOf: ({ method, path }) => OPERATIONS[`${method} ${path}`] ?? `${method} ${path}`,
  });
  const register = createLandUseRegister();
  serveCaseAdmin(double, register);
  double.app.post(SUBMIT_PATH, (req, res) => {
    res
      .status(200)
      .type(CONTENT_TYPE)
      .send(answerSubmission(register, req.body as Buffer, req.headers['content-type']));
  });
  double.app.post(SUBMISSION_QUERY_PATH, (req, res) => {
    res
      .status(200)
      .type(CONTENT_TYPE)
      .send(answerSubmissionQuery(register, req.body as Buffer, req.headers['content-type']));
  });
  double.app.post(QUERY_PATH, (req, res) => {
    res
      .status(200)
      .type(CONTENT_TYPE)
      .send(answerQuery(req.body as Buffer, req.headers['content-type']));
  });
  return startDouble(double.app, options);
}
