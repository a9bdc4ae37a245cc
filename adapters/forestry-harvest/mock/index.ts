import { readFileSync } from 'node:fs';
import { listen as listenSoap } from 'soap';
import { serveCaseAdmin } from '../../kit/mock/case-admin';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { HARVEST_WSDL_PATH } from '../client';
import { applicationOperations, createHarvestRegister } from './applications';
import { HARVEST_PERMITS } from './permits';

/** Where the double serves the SOAP service (and its WSDL at `?wsdl`). */
export const HARVEST_SERVICE_PATH = '/lmcf/xkz';
const MAX_KEYS = 50;

const asList = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String));

/**
 * CXXKZ as the real system answers it: permits whose SFZH or XKZH is among those asked for;
 * FHDM 1 when nothing (or too much) is asked.
 */
export function answerCxxkz(request: { SFZH?: unknown; XKZH?: unknown } | null) {
  const holders = new Set(asList(request?.SFZH).map((id) => id.toUpperCase()));
  const numbers = new Set(asList(request?.XKZH));
  if (holders.size + numbers.size === 0) return { FHDM: '1', FHXX: '参数错误: SFZH 或 XKZH 不能为空' };
  if (holders.size + numbers.size > MAX_KEYS) return { FHDM: '1', FHXX: `参数错误: 一次最多查询${MAX_KEYS}个` };
  const XKZ = HARVEST_PERMITS.filter((permit) => holders.has(permit.SFZH) || numbers.has(permit.XKZH));
  return { FHDM: '0', FHXX: '成功', XKZ };
}

/** The SOAP operation a request calls: the first element of the Body (`CXXKZ`, `SBSQ`, `CXSQ`). */
function operationOf({ method, path, body }: { method: string; path: string; body: string }): string {
  return /<(?:[\w-]+:)?Body[^>]*>\s*<(?:[\w-]+:)?(\w+)/.exec(body)?.[1] ?? `${method} ${path}`;
}

/**
 * The harvest-permit system's double: SOAP 1.1 from the checked-in WSDL, via node-soap. It keeps
 * the applications the hub submits; a tester decides them at `POST /__admin/decisions`.
 */
export async function startForestryHarvestDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'forestry-harvest',
    contentType: 'text/xml; charset=utf-8',
    operationOf,
  });
  const register = createHarvestRegister();
  serveCaseAdmin(double, register);
  const services = {
    LmcfXkzService: { LmcfXkzPort: { CXXKZ: answerCxxkz, ...applicationOperations(register) } },
  };
  const wsdl = readFileSync(HARVEST_WSDL_PATH, 'utf8');
  await new Promise<void>((resolve, reject) =>
    listenSoap(double.app, HARVEST_SERVICE_PATH, services, wsdl, (error: unknown) =>
      error ? reject(error) : resolve(),
    ),
  );
  return startDouble(double.app, options);
}
