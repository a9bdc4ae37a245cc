import { NextFunction, Request, Response } from 'express';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { PARTY_BUILDING_PATHS } from '../client';
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

/** One list endpoint: the records of the `idCards` asked for, a page at a time. */
function pagedList(records: readonly { idCard: string }[]) {
  return (req: Request, res: Response) => {
    const idCards = typeof req.query.idCards === 'string' ? req.query.idCards.split(',').filter(Boolean) : [];
    const offset = integer(req.query.offset, 0);
    const limit = integer(req.query.limit, DEFAULT_LIMIT);
    if (idCards.length === 0 || idCards.length > MAX_IDS)
      return problem(res, 400, 'E400', `参数错误: idCards 须为1至${MAX_IDS}个身份证号`);
    if (Number.isNaN(offset) || Number.isNaN(limit) || limit < 1 || limit > MAX_LIMIT)
      return problem(res, 400, 'E400', '参数错误: offset/limit');
    const wanted = new Set(idCards.map((id) => id.toUpperCase()));
    const matching = records.filter((record) => wanted.has(record.idCard));
    res.json({ offset, limit, total: matching.length, items: matching.slice(offset, offset + limit) });
  };
}

/** The party-building system's double: REST behind HTTP Basic, every list paged by offset and limit. */
export function startPartyBuildingDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'party-building',
    contentType: 'application/json; charset=utf-8',
  });
  double.app.use('/api', requireBasicAuth);
  double.app.get(PARTY_BUILDING_PATHS.partyMembers, pagedList(PARTY_MEMBERS));
  double.app.get(PARTY_BUILDING_PATHS.subsistenceAllowances, pagedList(SUBSISTENCE_ALLOWANCES));
  double.app.get(PARTY_BUILDING_PATHS.birthRegistrations, pagedList(BIRTH_REGISTRATIONS));
  return startDouble(double.app, options);
}
