import axios from 'axios';
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
  submitUnlessKnown,
  yuanToFen,
} from '../kit';
import { toBackOfficeRecord, toLdshsb } from './applications';
import { hectaresToSquareMetres } from '../forestry-harvest/units';
import { LandUseApproval } from './approval';
import { landUseTypeCodes, resultCodes, statusCodes } from './codes';
import { CONTENT_TYPE, decodeDocument, encodeDocument, QUERY_PATH, SUBMISSION_QUERY_PATH, SUBMIT_PATH } from './wire';

const SYSTEM = 'forestry-land-use';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`FORESTRY_LAND_USE_CACHE_TTL_MS`). Land-use approvals are decided at the bureau's own desk: a
 * minute's delay in seeing a decision is acceptable.
 */
export const FORESTRY_LAND_USE_READ_CACHE_TTL_MS = 60_000;
const OPERATION = 'LDSHCX';
/** ZJHM per query: the XSD's maxOccurs. */
const MAX_KEYS_PER_CALL = 50;

export interface ForestryLandUseClientOptions extends CallSettings {
  /** Base URL of the system, e.g. http://127.0.0.1:4103 */
  url: string;
  logger: Logger;
}

type Shjl = Record<string, unknown>;

function text(record: Shjl, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} element`, value);
  return value;
}

function toApproval(record: Shjl): LandUseApproval {
  return {
    approvalNumber: text(record, 'SHWH'),
    applicantId: text(record, 'ZJHM').toUpperCase(),
    applicantName: text(record, 'SQR'),
    projectName: text(record, 'XMMC'),
    location: text(record, 'LDDD'),
    area: hectaresToSquareMetres(text(record, 'SYMJ')),
    landUseType: landUseTypeCodes.toStandard(text(record, 'YDXZ')),
    vegetationRestorationFee: yuanToFen(text(record, 'ZBHFF')),
    approvalDate: legacyDateToIso(text(record, 'SHRQ')),
    status: statusCodes.toStandard(text(record, 'ZT')),
  };
}

/** The answer's root element, once its JGDM says the system did what was asked. */
function checkedResult(document: any, root: string, operation: string): any {
  const result = document?.[root];
  if (typeof result?.JGDM !== 'string') throw legacyBadResponse(SYSTEM, operation, `no <${root}><JGDM>`);
  if (resultCodes.toStandard(result.JGDM) === 'REFUSED')
    throw legacyRejected(SYSTEM, operation, result.JGDM, String(result.JGXX ?? ''));
  return result;
}

/**
 * The 使用林地审核 system: plain XML over POST in GBK (really GB18030). One query takes up to 50
 * 证件号码, so the loader sends a request's applicants in one call.
 */
export function createForestryLandUseClient({ url, logger, ...settings }: ForestryLandUseClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({ baseURL: url, responseType: 'arraybuffer', headers: { 'content-type': CONTENT_TYPE } });

  /** One document posted through the caller; `read` gets the checked `root` of the answer, inside the call. */
  function exchange<T>(
    operation: string,
    path: string,
    document: Record<string, unknown>,
    answer: { root: string; repeated: string[] },
    kind: CallKind,
    read: (result: any) => T,
  ): Promise<T> {
    return caller.call(
      operation,
      async (signal) => {
        const response = await http.post<ArrayBuffer>(path, encodeDocument(document), { signal });
        const contentType = response.headers['content-type'] as string | undefined;
        const decoded = decodeDocument(Buffer.from(response.data), contentType, answer.repeated);
        return read(checkedResult(decoded, answer.root, operation));
      },
      { kind },
    );
  }

  /** Approvals held by each applicant; an applicant with none maps to [] (through the read cache). */
  const approvalsByApplicant = caller.readThrough(OPERATION, async (applicantIds: readonly string[]) => {
    const approvals = await exchange(
      OPERATION,
      QUERY_PATH,
      { LDSHCX: { ZJHM: applicantIds } },
      { root: 'LDSHJG', repeated: ['SHJL'] },
      'read',
      (result) => ((result.SHJL ?? []) as Shjl[]).map(toApproval),
    );
    return new Map(applicantIds.map((id) => [id, approvals.filter((approval) => approval.applicantId === id)]));
  });

  /** The applications registered under these references (LDSHSBCX); references the system lacks are absent. */
  const applicationsByReference = async (references: readonly string[]) =>
    new Map(
      (
        await exchange(
          'LDSHSBCX',
          SUBMISSION_QUERY_PATH,
          { LDSHSBCX: { WBBH: references } },
          { root: 'LDSHSBCXJG', repeated: ['SBJL', 'BZCL'] },
          'read',
          (result) => ((result.SBJL ?? []) as Record<string, unknown>[]).map(toBackOfficeRecord),
        )
      ).map((record): [string, BackOfficeRecord] => [record.reference, record]),
    );

  /**
   * Submits a dispatched case (LDSHSB). The system does not de-duplicate WBBH, so it is asked first
   * (LDSHSBCX) whether it already holds the case: a repeated delivery creates nothing.
   */
  const submitCase = (submission: CaseSubmission) =>
    submitUnlessKnown(submission, applicationsByReference, (once) =>
      exchange('LDSHSB', SUBMIT_PATH, toLdshsb(once), { root: 'LDSHSBJG', repeated: [] }, 'write', (result) => {
        if (typeof result.SLBH !== 'string') throw legacyBadResponse(SYSTEM, 'LDSHSB', 'no <SLBH> in the answer');
        return result.SLBH as string;
      }),
    );

  return {
    caller,
    approvalsByApplicant,
    applicationsByReference,
    submitCase,
    /** Per-request loaders: one query per 50 distinct keys asked for while a request resolves. */
    loaders: () => ({
      approvalsByApplicant: createBatchLoader(approvalsByApplicant, { maxBatchSize: MAX_KEYS_PER_CALL }),
      applicationByReference: createBatchLoader(applicationsByReference, { maxBatchSize: MAX_KEYS_PER_CALL }),
    }),
    /** Whether the system answers HTTP at all, outside the breaker: for /health. */
    async reachable(timeoutMs = 1000): Promise<boolean> {
      return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined)) !== undefined;
    },
    close: () => caller.close(),
  };
}

export type ForestryLandUseClient = ReturnType<typeof createForestryLandUseClient>;
export type ForestryLandUseLoaders = ReturnType<ForestryLandUseClient['loaders']>;
