import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  LegacyFormatError,
  shanghaiWallClock,
} from '../kit';
import { applicationStatuses } from './codes';

type Item = Record<string, unknown>;

function text(record: Item, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} field`, value);
  return value;
}

const optional = (record: Item, name: string): string | null =>
  record[name] === undefined || record[name] === null || record[name] === '' ? null : text(record, name);

/** `2025-09-26T02:00:00.000Z` → `20250926100000` (Beijing time, as the system writes instants). */
export const compactInstant = (instant: Date | string) => shanghaiWallClock(instant).replace(/\D/g, '');

/** A dispatched case as sqsb's body: the case number becomes wbbh. */
export function toSqsb(submission: CaseSubmission) {
  return {
    wbbh: submission.reference,
    sxbm: submission.itemCode,
    sxmc: submission.itemName,
    sqrlx: submission.applicant.type === 'PERSON' ? '1' : '2',
    sqrmc: submission.applicant.name,
    sqrzjhm: submission.applicant.idNumber,
    slsj: compactInstant(submission.acceptedAt),
    ...(submission.dueDate ? { bjqx: submission.dueDate.replace(/-/g, '') } : {}),
    clqd: submission.materials,
  };
}

/** An application of sqcx's list in the standard shape. */
export function toBackOfficeRecord(item: Item): BackOfficeRecord {
  const code = text(item, 'sqzt');
  const decidedAt = optional(item, 'jdsj');
  const requested = item.bzcl === undefined ? [] : item.bzcl;
  if (!Array.isArray(requested)) throw new LegacyFormatError('bzcl field', requested);
  return {
    system: 'forestry-transport',
    reference: text(item, 'wbbh'),
    recordNumber: text(item, 'slbh'),
    status: applicationStatuses.toStandard(code),
    legacyStatus: applicationStatuses.describe(code),
    reviewer: optional(item, 'shr'),
    receivedOn: legacyDateToIso(text(item, 'slrq')),
    decidedAt: decidedAt && instantToShanghaiIso(decidedAt),
    resultNumber: optional(item, 'yszh'),
    reason: optional(item, 'spyj'),
    missingMaterials: requested.map((material: Item) => ({
      code: text(material, 'clbm'),
      reason: text(material, 'bzyy'),
    })),
  };
}
