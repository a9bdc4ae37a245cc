import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { TRANSPORT_PATHS } from '../client';
import { answerApplicationQuery, answerSubmission, createTransportRegister } from './applications';
import { TRANSPORT_PERMITS } from './permits';

const OPERATIONS: Record<string, string> = {
  [`POST ${TRANSPORT_PATHS.query}`]: 'queryTransportPermits',
  [`POST ${TRANSPORT_PATHS.submitApplication}`]: 'submitApplication',
  [`POST ${TRANSPORT_PATHS.queryApplications}`]: 'queryApplications',
};
const MAX_KEYS = 50;

const envelope = (code: string, msg: string, data: unknown = null) => ({ code, msg, data });

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** The query as the real system answers it: HTTP 200 always, the outcome in the envelope's code. */
export function answerQuery(body: Buffer) {
  let request: { hzzjhm?: unknown; cfxkzh?: unknown };
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch {
    return envelope('1001', '参数错误: 请求不是合法的JSON');
  }
  const owners = stringList(request?.hzzjhm);
  const harvestPermits = stringList(request?.cfxkzh);
  if (!owners || !harvestPermits || owners.length + harvestPermits.length === 0)
    return envelope('1001', '参数错误: hzzjhm 或 cfxkzh 不能为空');
  if (owners.length > MAX_KEYS || harvestPermits.length > MAX_KEYS)
    return envelope('1001', `参数错误: 每项最多${MAX_KEYS}个`);
  const ownerSet = new Set(owners.map((id) => id.toUpperCase()));
  const list = TRANSPORT_PERMITS.filter(
    (permit) => ownerSet.has(permit.hzzjhm) || harvestPermits.includes(permit.cfxkzh),
  );
  return list.length ? envelope('0000', '成功', { total: list.length, list }) : envelope('1004', '查无记录');
}

/**
 * The transport-permit system's double: JSON over HTTP, always 200, `{code, msg, data}`. It keeps
 * the applications the hub submits; a tester decides them at `POST /__admin/decisions`.
 */
export function startForestryTransportDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'forestry-transport',
    contentType: 'application/json; charset=utf-8',
    operationOf: ({ method, path }) => OPERATIONS[`${method} ${path}`] ?? `${method} ${path}`,
  });
  const register = createTransportRegister();
  serveCaseAdmin(double, register);
  double.app.post(TRANSPORT_PATHS.query, (req, res) => {
    res.status(200).json(answerQuery(req.body as Buffer));
  });
  double.app.post(TRANSPORT_PATHS.submitApplication, (req, res) => {
    res.status(200).json(answerSubmission(register, req.body as Buffer));
  });
  double.app.post(TRANSPORT_PATHS.queryApplications, (req, res) => {
    res.status(200).json(answerApplicationQuery(register, req.body as Buffer));
  });
  return startDouble(double.app, options);
}
