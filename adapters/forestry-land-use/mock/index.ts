import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { CONTENT_TYPE, decodeDocument, encodeDocument, QUERY_PATH } from '../wire';
import { LAND_USE_APPROVALS } from './approvals';

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

/** The land-use system's double: plain XML over POST, declared GBK, written GB18030. */
export function startForestryLandUseDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'forestry-land-use',
    contentType: CONTENT_TYPE,
    operationOf: ({ method, path }) => (method === 'POST' && path === QUERY_PATH ? 'LDSHCX' : `${method} ${path}`),
  });
  double.app.post(QUERY_PATH, (req, res) => {
    res
      .status(200)
      .type(CONTENT_TYPE)
      .send(answerQuery(req.body as Buffer, req.headers['content-type']));
  });
  return startDouble(double.app, options);
}
