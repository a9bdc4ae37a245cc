import { createCodeTable } from './codes';
import { instantToShanghaiIso } from './normalise';
import { LegacySystemId } from './systems';

/**
 * The back office in the hub's standard shape: what the hub hands a legacy system when a case is
 * dispatched to it, and how every system's own view of that case comes back. Each adapter maps
 * its dialect to and from these, as it maps its records; nothing else of a dialect leaves it.
 */

/** A case as dispatched: the case number travels as the system's external reference. */
export interface CaseSubmission {
  /** The hub's case number (外部编号): how the system and the hub refer to the same case. */
  reference: string;
  itemCode: string;
  itemName: string;
  applicant: {
    type: 'PERSON' | 'ENTERPRISE';
    name: string;
    /** Resident ID number of a person, unified social credit code of an enterprise. */
    idNumber: string;
  };
  /** ISO 8601 instant the window accepted the case. */
  acceptedAt: string;
  /** yyyy-MM-dd: the last day of the promised time limit. */
  dueDate: string | null;
  /** Names of the materials the window received. */
  materials: string[];
}

/** Where the system says the case stands, in the hub's words. */
export type BackOfficeStatus = 'IN_REVIEW' | 'APPROVED' | 'DENIED' | 'MATERIALS_REQUESTED';

export interface RequestedMaterial {
  /** The material's code in the case's item version, as the reviewer named it. */
  code: string;
  reason: string;
}

/** The system's record of a dispatched case. */
export interface BackOfficeRecord {
  system: LegacySystemId;
  /** The hub's case number the system stores as external reference. */
  reference: string;
  /** The system's own number for the application (受理编号). */
  recordNumber: string;
  status: BackOfficeStatus;
  /** The system's own status code and label, as it writes them, e.g. `02 审核中`. */
  legacyStatus: string;
  reviewer: string | null;
  /** yyyy-MM-dd: when the system registered it. */
  receivedOn: string;
  /** ISO 8601 instant (+08:00) of the latest decision; null while nothing was decided. */
  decidedAt: string | null;
  /** The certificate or approval number of an approval. */
  resultNumber: string | null;
  /** The reason of a denial, or of a request for materials. */
  reason: string | null;
  missingMaterials: RequestedMaterial[];
}

/** What a submission answered. `duplicate`: the system already had the reference, nothing was created. */
export interface SubmissionReceipt {
  reference: string;
  recordNumber: string;
  duplicate: boolean;
}

/**
 * Submits a case exactly once to a system that cannot de-duplicate: asks it first whether it
 * already holds the reference (a previous delivery may have reached it before the answer was
 * lost), and submits only if it does not. Delivery is at least once; this makes receipt idempotent.
 */
export async function submitUnlessKnown(
  submission: CaseSubmission,
  find: (references: readonly string[]) => Promise<ReadonlyMap<string, BackOfficeRecord>>,
  submit: (submission: CaseSubmission) => Promise<string>,
): Promise<SubmissionReceipt> {
  const known = (await find([submission.reference])).get(submission.reference);
  if (known) return { reference: submission.reference, recordNumber: known.recordNumber, duplicate: true };
  return { reference: submission.reference, recordNumber: await submit(submission), duplicate: false };
}

/** A system's application-status codes: read into the standard status, written back by its double. */
export interface StatusTable {
  /** The standard status of a legacy code; an unknown code is LEGACY_BAD_RESPONSE naming the table. */
  toStandard(legacyCode: string): BackOfficeStatus;
  /** The code with the label the system shows, e.g. `2 准予许可`. */
  describe(legacyCode: string): string;
  /** The system's code for a standard status (what its double writes). */
  codeOf(status: BackOfficeStatus): string;
}

export function createStatusTable(
  system: LegacySystemId,
  name: string,
  statuses: Readonly<Record<string, { status: BackOfficeStatus; label: string }>>,
): StatusTable {
  const entries = Object.entries(statuses);
  const table = createCodeTable(system, name, Object.fromEntries(entries.map(([code, { status }]) => [code, status])));
  return {
    toStandard: (legacyCode) => table.toStandard(legacyCode),
    describe: (legacyCode) => `${legacyCode} ${statuses[legacyCode]?.label ?? ''}`.trim(),
    codeOf: (status) => entries.find(([, entry]) => entry.status === status)![0],
  };
}

/** `2025-09-26 10:00:00`: an instant as Beijing wall-clock time, the way the legacy systems write one. */
export function shanghaiWallClock(instant: Date | string): string {
  return instantToShanghaiIso(typeof instant === 'string' ? new Date(instant) : instant)
    .slice(0, 19)
    .replace('T', ' ');
}

/** `2025-10-07` → `2025/10/7`: the day as the systems that drop leading zeros write it. */
export function slashDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${year}/${Number(month)}/${Number(day)}`;
}
