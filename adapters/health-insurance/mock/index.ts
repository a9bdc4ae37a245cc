import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble, Double } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { BatchQueryRequest, ErrorResponse, LoginRequest, MAX_BATCH_SIZE, PATHS, TOKEN_HEADER } from '../contract/wire';
import { applicationRoutes, createApplicationRegister } from './applications';
import { INSURED } from './seed';

/** The credentials the double accepts; the subgraph's local defaults use them. */
export const DOUBLE_CREDENTIALS = { username: 'wenlan-window', password: 'xnh-double-2017' } as const;

export interface HealthInsuranceDoubleOptions {
  /** How long a session token lives (env HEALTH_INSURANCE_MOCK_TOKEN_TTL_MS, default 30 minutes). */
  tokenTtlMs?: number;
}

const OPERATIONS: Record<string, string> = {
  [`POST ${PATHS.login}`]: 'login',
  [`POST ${PATHS.batchQuery}`]: 'batchQuery',
  [`GET ${PATHS.ping}`]: 'ping',
  [`POST ${PATHS.applications}`]: 'submitApplication',
  [`POST ${PATHS.applicationQuery}`]: 'queryApplications',
};

function refuse(res: Response, status: number, errorCode: ErrorResponse['errorCode'], message: string) {
  res.status(status).json({ errorCode, message } satisfies ErrorResponse);
}

function jsonBody(req: Request): unknown {
  try {
    return JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
  } catch {
    return undefined;
  }
}

/**
 * The 新农合 double: the contract's endpoints over the seeded population, and the applications the
 * hub submits (decided by a tester at `POST /__admin/decisions`). Tokens expire after
 * `tokenTtlMs`, and all at once under the `expiredToken` fault.
 */
export function createHealthInsuranceDouble(options: HealthInsuranceDoubleOptions = {}): Double {
  const tokenTtlMs = options.tokenTtlMs ?? Number(process.env.HEALTH_INSURANCE_MOCK_TOKEN_TTL_MS ?? 30 * 60_000);
  const double = createDouble({
    system: 'health-insurance',
    contentType: 'application/json',
    operationOf: ({ method, path }) => OPERATIONS[`${method} ${path}`] ?? `${method} ${path}`,
  });
  const tokens = new Map<string, number>();
  double.faults.onChange((faults) => {
    if (faults.expiredToken) for (const token of tokens.keys()) tokens.set(token, 0);
  });

  double.app.get(PATHS.ping, (_req, res) => {
    res.json({ status: 'UP' });
  });

  double.app.post(PATHS.login, (req, res) => {
    const login = LoginRequest.safeParse(jsonBody(req));
    if (!login.success) return refuse(res, 400, 'BAD_REQUEST', 'username and password are required');
    const { username, password } = login.data;
    if (username !== DOUBLE_CREDENTIALS.username || password !== DOUBLE_CREDENTIALS.password) {
      return refuse(res, 401, 'AUTH_FAILED', '用户名或密码错误');
    }
    const token = randomUUID();
    tokens.set(token, Date.now() + tokenTtlMs);
    res.json({ token, expiresIn: Math.ceil(tokenTtlMs / 1000) });
  });

  /** Every endpoint but login and ping needs a live session token. */
  function authorised(req: Request, res: Response, next: NextFunction) {
    const token = req.header(TOKEN_HEADER);
    const expiresAt = token ? tokens.get(token) : undefined;
    if (expiresAt === undefined) return refuse(res, 401, 'TOKEN_INVALID', '令牌无效，请重新登录');
    if (expiresAt <= Date.now()) return refuse(res, 401, 'TOKEN_EXPIRED', '令牌已过期，请重新登录');
    next();
  }

  const register = createApplicationRegister();
  serveCaseAdmin(double, register);
  const applications = applicationRoutes(register, jsonBody);
  double.app.post(PATHS.applications, authorised, applications.submit);
  double.app.post(PATHS.applicationQuery, authorised, applications.query);

  double.app.post(PATHS.batchQuery, authorised, (req, res) => {
    const query = BatchQueryRequest.safeParse(jsonBody(req));
    if (!query.success) return refuse(res, 400, 'BAD_REQUEST', 'idCards must be a non-empty list');
    if (query.data.idCards.length > MAX_BATCH_SIZE) {
      return refuse(res, 400, 'BATCH_TOO_LARGE', `每次最多查询${MAX_BATCH_SIZE}人`);
    }
    const data = query.data.idCards.flatMap((idCard) => INSURED.get(idCard.toUpperCase()) ?? []);
    res.json({ total: data.length, data });
  });

  return double;
}

export function startHealthInsuranceDouble(
  options: StartDoubleOptions & HealthInsuranceDoubleOptions,
): Promise<RunningDouble> {
  return startDouble(createHealthInsuranceDouble(options).app, options);
}
