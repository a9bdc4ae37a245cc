import axios from 'axios';
import { cubicMetresToLitres } from '../forestry-harvest/units';
import { Logger } from '../../lib/logger';
import {
  CallSettings,
  createBatchLoader,
  createLegacyCaller,
  legacyBadResponse,
  legacyDateToIso,
  LegacyFormatError,
  legacyRejected,
  legacyUnavailable,
} from '../kit';
import { envelopeCodes, speciesNames, statusCodes } from './codes';
import { TransportPermit } from './permit';

const SYSTEM = 'forestry-transport';
const OPERATION = 'queryTransportPermits';
const QUERY_PATH = '/api/ysz/query';
/** Keys per query: the contract's maxItems. */
const MAX_KEYS_PER_CALL = 50;

export interface ForestryTransportClientOptions extends CallSettings {
  /** Base URL of the system, e.g. http://127.0.0.1:4102 */
  url: string;
  logger: Logger;
}

type Ysz = Record<string, unknown>;

function text(record: Ysz, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} field`, value);
  return value;
}

function toPermit(record: Ysz): TransportPermit {
  return {
    permitNumber: text(record, 'yszh'),
    harvestPermitNumber: text(record, 'cfxkzh'),
    ownerId: text(record, 'hzzjhm').toUpperCase(),
    ownerName: text(record, 'hzmc'),
    species: speciesNames.toStandard(text(record, 'sz')),
    volume: cubicMetresToLitres(text(record, 'ysl')),
    origin: text(record, 'qyd'),
    destination: text(record, 'mdd'),
    issueDate: legacyDateToIso(text(record, 'qfrq')),
    validUntil: legacyDateToIso(text(record, 'yxqz')),
    status: statusCodes.toStandard(text(record, 'zt')),
  };
}

/** The `{code, msg, data}` envelope, which comes with HTTP 200 whatever happened. */
function readEnvelope(body: string): TransportPermit[] {
  const envelope = JSON.parse(body);
  if (typeof envelope?.code !== 'string') throw legacyBadResponse(SYSTEM, OPERATION, 'no {code, msg, data} envelope');
  const message = String(envelope.msg ?? '');
  switch (envelopeCodes.toStandard(envelope.code)) {
    case 'REFUSED':
      throw legacyRejected(SYSTEM, OPERATION, envelope.code, message);
    case 'FAILED':
      throw legacyUnavailable(SYSTEM, OPERATION, new Error(`code ${envelope.code}: ${message}`));
    case 'NO_RECORDS':
      return [];
    case 'OK':
      if (!Array.isArray(envelope.data?.list))
        throw legacyBadResponse(SYSTEM, OPERATION, 'code 0000 without data.list');
      return envelope.data.list.map(toPermit);
  }
}

function groupBy<K>(
  permits: TransportPermit[],
  keys: readonly K[],
  keyOf: (permit: TransportPermit) => K,
): Map<K, TransportPermit[]> {
  return new Map(keys.map((key) => [key, permits.filter((permit) => keyOf(permit) === key)]));
}

/**
 * The 木材运输证 system (JSON over HTTP, always 200). One query takes owners (hzzjhm) and harvest
 * permit numbers (cfxkzh), up to 50 of each, so the loaders send a request's keys in one call.
 */
export function createForestryTransportClient({ url, logger, ...settings }: ForestryTransportClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({ baseURL: url, responseType: 'text', transformResponse: (body) => body });

  function query(request: { hzzjhm?: readonly string[]; cfxkzh?: readonly string[] }): Promise<TransportPermit[]> {
    return caller.call(
      OPERATION,
      async (signal) => readEnvelope((await http.post<string>(QUERY_PATH, request, { signal })).data),
      { kind: 'read' },
    );
  }

  /** Permits owned by each holder; an owner with none maps to []. */
  const permitsByOwner = async (ownerIds: readonly string[]) =>
    groupBy(await query({ hzzjhm: ownerIds }), ownerIds, (permit) => permit.ownerId);

  /** Permits drawn on each harvest permit; a harvest permit with none maps to []. */
  const permitsByHarvestPermit = async (harvestPermitNumbers: readonly string[]) =>
    groupBy(
      await query({ cfxkzh: harvestPermitNumbers }),
      harvestPermitNumbers,
      (permit) => permit.harvestPermitNumber,
    );

  return {
    caller,
    permitsByOwner,
    permitsByHarvestPermit,
    /** Per-request loaders: one query per 50 distinct keys asked for while a request resolves. */
    loaders: () => ({
      permitsByOwner: createBatchLoader(permitsByOwner, { maxBatchSize: MAX_KEYS_PER_CALL }),
      permitsByHarvestPermit: createBatchLoader(permitsByHarvestPermit, { maxBatchSize: MAX_KEYS_PER_CALL }),
    }),
    /** Whether the system answers HTTP at all, outside the breaker: for /health. */
    async reachable(timeoutMs = 1000): Promise<boolean> {
      return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined)) !== undefined;
    },
    close: () => caller.close(),
  };
}

export type ForestryTransportClient = ReturnType<typeof createForestryTransportClient>;
export type ForestryTransportLoaders = ReturnType<ForestryTransportClient['loaders']>;
