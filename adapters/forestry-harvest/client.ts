import { join } from 'node:path';
import { Client, createClientAsync } from 'soap';
import { Logger } from '../../lib/logger';
import { repoRoot } from '../../lib/paths';
import {
  BackOfficeRecord,
  CallKind,
  CallSettings,
  CaseSubmission,
  createBatchLoader,
  createCodeTable,
  createLegacyCaller,
  legacyBadResponse,
  legacyDateToIso,
  LegacyFormatError,
  legacyRejected,
  legacyUnavailable,
  LookupsInFlight,
  submitUnlessKnown,
} from '../kit';
import { toBackOfficeRecord, toSbsq } from './applications';
import { methodCodes, speciesCodes, statusCodes } from './codes';
import { HarvestPermit } from './permit';
import { cubicMetresToLitres, hectaresToSquareMetres } from './units';

const SYSTEM = 'forestry-harvest';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`FORESTRY_HARVEST_CACHE_TTL_MS`). Harvest permits are issued and amended at the bureau's own
 * desk, not through the hub: a minute's delay in seeing a new one is acceptable.
 */
export const FORESTRY_HARVEST_READ_CACHE_TTL_MS = 60_000;
const OPERATION = 'CXXKZ';
/** The client binds to the checked-in contract; only the endpoint is configuration. */
export const HARVEST_WSDL_PATH = join(repoRoot(), 'adapters', SYSTEM, 'contract', 'harvest-permits.wsdl');
/** Keys (holders or permit numbers) per CXXKZ call: the system's documented limit. */
const MAX_KEYS_PER_CALL = 50;

export interface ForestryHarvestClientOptions extends CallSettings {
  /** The SOAP endpoint, e.g. http://127.0.0.1:4101/lmcf/xkz */
  url: string;
  logger: Logger;
}

/** FHDM 返回代码 */
const resultCodes = createCodeTable<'OK' | 'REFUSED'>(SYSTEM, 'FHDM 返回代码', {
  '0': 'OK',
  '1': 'REFUSED',
  '2': 'REFUSED',
});

type Xkz = Record<string, unknown>;

function text(record: Xkz, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} field`, value);
  return value;
}

function toPermit(record: Xkz): HarvestPermit {
  return {
    permitNumber: text(record, 'XKZH'),
    holderId: text(record, 'SFZH').toUpperCase(),
    holderName: text(record, 'SQR'),
    location: text(record, 'CFDD'),
    species: speciesCodes.toStandard(text(record, 'SZ')),
    method: methodCodes.toStandard(text(record, 'CFFS')),
    area: hectaresToSquareMetres(text(record, 'CFMJ')),
    approvedVolume: cubicMetresToLitres(text(record, 'CFXJ')),
    approvalDate: legacyDateToIso(text(record, 'PZRQ')),
    restockingDueDate: legacyDateToIso(text(record, 'GXRQ')),
    status: statusCodes.toStandard(text(record, 'ZT')),
  };
}

/**
 * What a node-soap failure means. Without an HTTP response it is the transport's (refused, reset,
 * aborted at the deadline): rethrown for the caller to classify. With one, a SOAP Client fault is a
 * refusal, any other fault or HTTP error the system failing, and a 200 we cannot parse a bad response.
 */
function soapFailure(error: any, operation: string): unknown {
  const status: number | undefined = error?.response?.status;
  if (status === undefined) return error;
  const fault = error.root?.Envelope?.Body?.Fault;
  if (fault) {
    const faultCode = String(fault.faultcode ?? '');
    return /Client/.test(faultCode)
      ? legacyRejected(SYSTEM, operation, faultCode, String(fault.faultstring ?? 'SOAP fault'))
      : legacyUnavailable(SYSTEM, operation, new Error(`SOAP fault ${faultCode}: ${fault.faultstring}`));
  }
  if (status >= 400) return legacyUnavailable(SYSTEM, operation, new Error(`HTTP ${status}`));
  return legacyBadResponse(SYSTEM, operation, `not a SOAP envelope: ${error.message}`, error);
}

/** Every answer carries FHDM/FHXX: a refusal is LEGACY_REJECTED, anything but success never passes. */
function checkResult(response: any, operation: string): any {
  if (!response || typeof response.FHDM !== 'string')
    throw legacyBadResponse(SYSTEM, operation, 'the response has no FHDM');
  if (resultCodes.toStandard(response.FHDM) === 'REFUSED')
    throw legacyRejected(SYSTEM, operation, response.FHDM, String(response.FHXX));
  return response;
}

const listOf = (value: unknown): Record<string, unknown>[] =>
  value === undefined ? [] : ([value].flat() as Record<string, unknown>[]);

/**
 * The 林木采伐许可证 system (SOAP 1.1). One operation, CXXKZ, answers the permits of any number of
 * holders (SFZH: resident ID or credit code) and permit numbers (XKZH) at once, so the loaders send
 * every key a GraphQL request asks for in one call.
 */
export function createForestryHarvestClient({ url, logger, ...settings }: ForestryHarvestClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  let soapClient: Promise<Client> | undefined;
  const soap = () => (soapClient ??= createClientAsync(HARVEST_WSDL_PATH, {}, url));

  /** One SOAP operation through the caller; `read` normalises the checked answer inside the call. */
  function call<T>(operation: string, request: object, kind: CallKind, read: (response: any) => T): Promise<T> {
    return caller.call(
      operation,
      async (signal) => {
        const client = await soap();
        const [response] = await client[`${operation}Async`](request, { signal }).catch((error: unknown) => {
          throw soapFailure(error, operation);
        });
        return read(checkResult(response, operation));
      },
      { kind },
    );
  }

  const query = (request: { SFZH?: readonly string[]; XKZH?: readonly string[] }): Promise<HarvestPermit[]> =>
    call(OPERATION, request, 'read', (response) => listOf(response.XKZ).map(toPermit));

  /** The applications registered under these references (CXSQ); references the system lacks are absent. */
  const applicationsByReference = async (references: readonly string[]) =>
    new Map(
      (await call('CXSQ', { WBBH: references }, 'read', (response) => listOf(response.SQ).map(toBackOfficeRecord))).map(
        (record): [string, BackOfficeRecord] => [record.reference, record],
      ),
    );

  /**
   * Submits a dispatched case (SBSQ). The system does not de-duplicate WBBH, so it is asked first
   * (CXSQ) whether it already holds the case: a repeated delivery creates nothing.
   */
  const submitCase = (submission: CaseSubmission) =>
    submitUnlessKnown(submission, applicationsByReference, (once) =>
      call('SBSQ', toSbsq(once), 'write', (response) => {
        if (typeof response.SLBH !== 'string') throw legacyBadResponse(SYSTEM, 'SBSQ', 'no SLBH in the answer');
        return response.SLBH as string;
      }),
    );

  /** Permits held by each holder; a holder with none maps to [] (through the read cache). */
  const permitsByHolder = caller.readThrough('permitsByHolder', async (holderIds: readonly string[]) => {
    const permits = await query({ SFZH: holderIds });
    return new Map(holderIds.map((id) => [id, permits.filter((permit) => permit.holderId === id)]));
  });

  /** The permits by number; numbers the system does not know are absent (through the read cache). */
  const permitsByNumber = caller.readThrough('permitsByNumber', async (permitNumbers: readonly string[]) => {
    const permits = await query({ XKZH: permitNumbers });
    return new Map(permits.map((permit) => [permit.permitNumber, permit]));
  });

  return {
    caller,
    permitsByHolder,
    permitsByNumber,
    applicationsByReference,
    submitCase,
    /**
     * Per-request loaders: one CXXKZ call per 50 distinct keys asked for while a request resolves.
     * Permits read by holder also answer later lookups by number, without another call. With
     * `countIn`, their batches are counted there while in flight (for loaders that wait for them).
     */
    loaders({ countIn }: { countIn?: LookupsInFlight } = {}) {
      const permitByNumber = createBatchLoader(permitsByNumber, { maxBatchSize: MAX_KEYS_PER_CALL, countIn });
      const permitsByHolderLoader = createBatchLoader(
        async (holderIds: readonly string[]) => {
          const found = await permitsByHolder(holderIds);
          for (const permit of [...found.values()].flat()) permitByNumber.prime(permit.permitNumber, permit);
          return found;
        },
        { maxBatchSize: MAX_KEYS_PER_CALL, countIn },
      );
      const applicationByReference = createBatchLoader(applicationsByReference, { maxBatchSize: MAX_KEYS_PER_CALL });
      return { permitsByHolder: permitsByHolderLoader, permitByNumber, applicationByReference };
    },
    /** Whether the system answers at all (its WSDL), outside the breaker: for /health. */
    async reachable(timeoutMs = 1000): Promise<boolean> {
      const response = await fetch(`${url}?wsdl`, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined);
      return response?.ok ?? false;
    },
    close: () => caller.close(),
  };
}

export type ForestryHarvestClient = ReturnType<typeof createForestryHarvestClient>;
export type ForestryHarvestLoaders = ReturnType<ForestryHarvestClient['loaders']>;
