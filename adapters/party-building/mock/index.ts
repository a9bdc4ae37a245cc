import { NextFunction, Request, Response } from 'express';
import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { PARTY_BUILDING_AFFAIRS_PATH, PARTY_BUILDING_PATHS } from '../client';
import { createAffairRegister, submitAffair, toAffair } from './affairs';
import { BIRTH_REGISTRATIONS, PARTY_MEMBERS, SUBSISTENCE_ALLOWANCES } from './records';

/** The account the double accepts (HTTP Basic); a real system's comes from configuration. */
export const PARTY_BUILDING_DOUBLE_CREDENTIALS = { username: 'yinhe-community', password: 'dangjian-2017' } as const;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;
const MAX_IDS = 50;

const problem = (res: Response, status: number, errcode: string, errmsg: string) =>
  res.status(status).json({ errcode, errmsg });

function requireBasicAuth(req: Request, res: Response, next: NextFunction) {
  const { username, password } = PARTY_BUILDING_DOUBLE_CREDENTIALS;
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  if (req.headers.authorization === expected) return next();
  res.setHeader('WWW-Authenticate', 'Basic realm="dangjian"');
  problem(res, 401, 'E401', '认证失败');
}

function integer(value: unknown, fallback: number): number {
  return value === undefined ? fallback : /^\d+$/.test(String(value)) ? Number(value) : NaN;
}

/**
 * One list endpoint: the records whose key is among the comma-separated `keyParam` asked for, a
 * page at a time. `select` answers the records matching a set of upper-cased keys.
 */
function pagedList(keyParam: string, select: (wanted: Set<string>) => readonly object[]) {
  return (req: Request, res: Response) => {
    const raw = req.query[keyParam];
    const keys = typeof raw === 'string' ? raw.split(',').filter(Boolean) : [];
    const offset = integer(req.query.offset, 0);
    const limit = integer(req.query.limit, DEFAULT_LIMIT);
    if (keys.length === 0 || keys.length > MAX_IDS)
      return problem(res, 400, 'E400', `参数错误: ${keyParam} 须为1至${MAX_IDS}个`);
    if (Number.isNaN(offset) || Number.isNaN(limit) || limit < 1 || limit > MAX_LIMIT)
      return problem(res, 400, 'E400', '参数错误: offset/limit');
    const matching = select(new Set(keys.map((key) => key.toUpperCase())));
    res.json({ offset, limit, total: matching.length, items: matching.slice(offset, offset + limit) });
  };
}

/** A list of seeded records by the resident ID numbers in `idCards`. */
const byIdCards = (records: readonly { idCard: string }[]) =>
  pagedList('idCards', (wanted) => records.filter((record) => wanted.has(record.idCard)));

/**
 * The party-building system's double: REST behind HTTP Basic, every list paged by offset and
 * limit. It keeps the community affairs the hub submits; a tester decides them at `POST /__admin/decisions`.
 */
export function startPartyBuildingDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'party-building',
    contentType: 'application/json; charset=utf-8',
  });
  double.app.use('/api', requireBasicAuth);
  double.app.get(PARTY_BUILDING_PATHS.partyMembers, byIdCards(PARTY_MEMBERS));
  double.app.get(PARTY_BUILDING_PATHS.subsistenceAllowances, byIdCards(SUBSISTENCE_ALLOWANCES));
  double.app.get(PARTY_BUILDING_PATHS.birthRegistrations, byIdCards(BIRTH_REGISTRATIONS));
  const register = createAffairRegister();
  serveCaseAdmin(double, register);
  double.app.post(PARTY_BUILDING_AFFAIRS_PATH, submitAffair(register));
  double.app.get(
    PARTY_BUILDING_AFFAIRS_PATH,
    pagedList('externalNos', (wanted) =>
      register
        .list()
        .filter((record) => wanted.has(record.reference))
        .map(toAffair),
    ),
  );
  return startDouble(double.app, options);
}
