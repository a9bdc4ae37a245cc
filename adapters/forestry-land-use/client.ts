import axios from 'axios';
import { Logger } from '../../lib/logger';
import {
  CallSettings,
  createBatchLoader,
  createLegacyCaller,
  legacyBadResponse,
  legacyDateToIso,
  LegacyFormatError,
  legacyRejected,
  yuanToFen,
} from '../kit';
import { hectaresToSquareMetres } from '../forestry-harvest/units';
import { LandUseApproval } from './approval';
import { landUseTypeCodes, resultCodes, statusCodes } from './codes';
import { CONTENT_TYPE, decodeDocument, encodeDocument, QUERY_PATH } from './wire';

const SYSTEM = 'forestry-land-use';
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

function readResult(document: any): LandUseApproval[] {
  const result = document?.LDSHJG;
  if (typeof result?.JGDM !== 'string') throw legacyBadResponse(SYSTEM, OPERATION, 'no <LDSHJG><JGDM>');
  if (resultCodes.toStandard(result.JGDM) === 'REFUSED')
    throw legacyRejected(SYSTEM, OPERATION, result.JGDM, String(result.JGXX ?? ''));
  return ((result.SHJL ?? []) as Shjl[]).map(toApproval);
}

/**
 * The 使用林地审核 system: plain XML over POST in GBK (really GB18030). One query takes up to 50
 * 证件号码, so the loader sends a request's applicants in one call.
 */
export function createForestryLandUseClient({ url, logger, ...settings }: ForestryLandUseClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({ baseURL: url, responseType: 'arraybuffer', headers: { 'content-type': CONTENT_TYPE } });

  /** Approvals held by each applicant; an applicant with none maps to []. */
  async function approvalsByApplicant(applicantIds: readonly string[]): Promise<Map<string, LandUseApproval[]>> {
    const approvals = await caller.call(
      OPERATION,
      async (signal) => {
        const response = await http.post<ArrayBuffer>(QUERY_PATH, encodeDocument({ LDSHCX: { ZJHM: applicantIds } }), {
          signal,
        });
        return readResult(
          decodeDocument(Buffer.from(response.data), response.headers['content-type'] as string | undefined, ['SHJL']),
        );
      },
      { kind: 'read' },
    );
    return new Map(applicantIds.map((id) => [id, approvals.filter((approval) => approval.applicantId === id)]));
  }

  return {
    caller,
    approvalsByApplicant,
    /** Per-request loader: one query per 50 distinct applicants asked for while a request resolves. */
    loaders: () => ({
      approvalsByApplicant: createBatchLoader(approvalsByApplicant, { maxBatchSize: MAX_KEYS_PER_CALL }),
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
