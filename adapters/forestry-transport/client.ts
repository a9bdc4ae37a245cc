import axios from 'axios';
import { cubicMetresToLitres } from '../forestry-harvest/units';
import { Logger } from '../../lib/logger';
import {
  BackOfficeRecord,
  CallKind,
  CallSettings,
  CaseSubmission,
  createBatchLoader,
  createLegacyCaller,
  legacyBadResponse,
  legacyDateToIso,
  LegacyFormatError,
  legacyRejected,
  legacyUnavailable,
  LookupsInFlight,
  SubmissionReceipt,
} from '../kit';
import { toBackOfficeRecord, toSqsb } from './applications';
import { envelopeCodes, speciesNames, statusCodes } from './codes';
import { TransportPermit } from './permit';

const SYSTEM = 'forestry-transport';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`FORESTRY_TRANSPORT_CACHE_TTL_MS`). Transport permits were abolished on 2020-07-01: the system
 * holds only permits issued before, which no longer change.
 */
export const FORESTRY_TRANSPORT_READ_CACHE_TTL_MS = 600_000;
const OPERATION = 'queryTransportPermits';
export const TRANSPORT_PATHS = {
  query: '/api/ysz/query',
  submitApplication: '/api/ysz/sqsb',
  queryApplications: '/api/ysz/sqcx',
} as const;
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

/**
 * The `{code, msg, data}` envelope, which comes with HTTP 200 whatever happened: refusals and
 * failures become LegacyErrors, the rest is handed back with what its code means.
 */
function openEnvelope(body: string, operation: string): { outcome: 'OK' | 'NO_RECORDS' | 'DUPLICATE'; data: any } {
  const envelope = JSON.parse(body);
  if (typeof envelope?.code !== 'string') throw legacyBadResponse(SYSTEM, operation, 'no {code, msg, data} envelope');
  const message = String(envelope.msg ?? '');
  const outcome = envelopeCodes.toStandard(envelope.code);
  if (outcome === 'REFUSED') throw legacyRejected(SYSTEM, operation, envelope.code, message);
  if (outcome === 'FAILED') throw legacyUnavailable(SYSTEM, operation, new Error(`code ${envelope.code}: ${message}`));
  return { outcome, data: envelope.data };
}

/** The `data.list` of a query answer; 1004 查无记录 is an empty list. */
function listOf(body: string, operation: string): Record<string, unknown>[] {
  const { outcome, data } = openEnvelope(body, operation);
  if (outcome === 'NO_RECORDS') return [];
  if (!Array.isArray(data?.list)) throw legacyBadResponse(SYSTEM, operation, `code ${outcome} without data.list`);
  return data.list;
}

/**
 * A key of the one query: an owner (货主证件号码) or a harvest permit drawn on (采伐许可证号), tagged
 * so that both kinds share one loader and one cache.
 */
type TransportKey = `owner:${string}` | `harvestPermit:${string}`;
const ownerKey = (id: string): TransportKey => `owner:${id}`;
const harvestPermitKey = (permitNumber: string): TransportKey => `harvestPermit:${permitNumber}`;

/** The request naming these keys; a kind with no keys is left out, as the contract allows. */
function queryOf(keys: readonly TransportKey[]) {
  const valuesOf = (tag: string) => keys.filter((key) => key.startsWith(tag)).map((key) => key.slice(tag.length));
  const [hzzjhm, cfxkzh] = [valuesOf('owner:'), valuesOf('harvestPermit:')];
  return { ...(hzzjhm.length ? { hzzjhm } : {}), ...(cfxkzh.length ? { cfxkzh } : {}) };
}

/** Whether `permit` answers `key`: its owner is that owner, or it draws on that harvest permit. */
const answers = (permit: TransportPermit, key: TransportKey) =>
  key === ownerKey(permit.ownerId) || key === harvestPermitKey(permit.harvestPermitNumber);

/**
 * The 木材运输证 system (JSON over HTTP, always 200). One query takes owners (hzzjhm) and harvest
 * permit numbers (cfxkzh), up to 50 of each, and answers the permits matching either, so the
 * loaders send a request's keys of both kinds in one call.
 */
export function createForestryTransportClient({ url, logger, ...settings }: ForestryTransportClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({ baseURL: url, responseType: 'text', transformResponse: (body) => body });

  /** One POST through the caller; `read` opens the envelope inside the call. */
  function post<T>(operation: string, path: string, body: object, kind: CallKind, read: (body: string) => T) {
    return caller.call(operation, async (signal) => read((await http.post<string>(path, body, { signal })).data), {
      kind,
    });
  }

  const query = (request: { hzzjhm?: readonly string[]; cfxkzh?: readonly string[] }): Promise<TransportPermit[]> =>
    post(OPERATION, TRANSPORT_PATHS.query, request, 'read', (body) => listOf(body, OPERATION).map(toPermit));

  /** The applications registered under these references (sqcx); references the system lacks are absent. */
  const applicationsByReference = async (references: readonly string[]) =>
    new Map(
      (
        await post('queryApplications', TRANSPORT_PATHS.queryApplications, { wbbh: references }, 'read', (body) =>
          listOf(body, 'queryApplications').map(toBackOfficeRecord),
        )
      ).map((record): [string, BackOfficeRecord] => [record.reference, record]),
    );

  /** Submits a dispatched case (sqsb). The system de-duplicates wbbh itself: 1005 重复申报 names the first slbh. */
  const submitCase = (submission: CaseSubmission): Promise<SubmissionReceipt> =>
    post('submitApplication', TRANSPORT_PATHS.submitApplication, toSqsb(submission), 'write', (body) => {
      const { outcome, data } = openEnvelope(body, 'submitApplication');
      if (typeof data?.slbh !== 'string') throw legacyBadResponse(SYSTEM, 'submitApplication', 'no data.slbh');
      return { reference: submission.reference, recordNumber: data.slbh as string, duplicate: outcome === 'DUPLICATE' };
    });

  /** The permits answering each key, owners and harvest permits mixed, in one query (through the read cache). */
  const permitsFor = caller.readThrough('queryTransportPermits', async (keys: readonly TransportKey[]) => {
    const permits = await query(queryOf(keys));
    return new Map(keys.map((key) => [key, permits.filter((permit) => answers(permit, key))]));
  });

  /** `permitsFor` keyed by the untagged values. */
  const permitsOf = async (values: readonly string[], keyOf: (value: string) => TransportKey) => {
    const found = await permitsFor(values.map(keyOf));
    return new Map(values.map((value) => [value, found.get(keyOf(value)) ?? []]));
  };

  /** Permits owned by each holder; an owner with none maps to []. */
  const permitsByOwner = (ownerIds: readonly string[]) => permitsOf(ownerIds, ownerKey);

  /** Permits drawn on each harvest permit; a harvest permit with none maps to []. */
  const permitsByHarvestPermit = (harvestPermitNumbers: readonly string[]) =>
    permitsOf(harvestPermitNumbers, harvestPermitKey);

  return {
    caller,
    permitsByOwner,
    permitsByHarvestPermit,
    applicationsByReference,
    submitCase,
    /**
     * Per-request loaders: one query per 50 distinct keys asked for while a request resolves, owners
     * and harvest permits together. With `after`, a batch waits for those lookups of the request
     * (the harvest permits being read), so that the transports drawn on them join the same query.
     */
    loaders({ after }: { after?: LookupsInFlight } = {}) {
      const permits = createBatchLoader(permitsFor, { maxBatchSize: MAX_KEYS_PER_CALL, after });
      return {
        permitsByOwner: { load: (ownerId: string) => permits.load(ownerKey(ownerId)) },
        permitsByHarvestPermit: { load: (permitNumber: string) => permits.load(harvestPermitKey(permitNumber)) },
        applicationByReference: createBatchLoader(applicationsByReference, { maxBatchSize: MAX_KEYS_PER_CALL }),
      };
    },
    /** Whether the system answers HTTP at all, outside the breaker: for /health. */
    async reachable(timeoutMs = 1000): Promise<boolean> {
      return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined)) !== undefined;
    },
    close: () => caller.close(),
  };
}

export type ForestryTransportClient = ReturnType<typeof createForestryTransportClient>;
export type ForestryTransportLoaders = ReturnType<ForestryTransportClient['loaders']>;
