import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  LegacyFormatError,
  shanghaiWallClock,
  slashDate,
} from '../kit';
import { affairStatuses } from './codes';

type Item = Record<string, unknown>;

function text(item: Item, name: string): string {
  const value = item[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} field`, value);
  return value;
}

const optional = (item: Item, name: string): string | null =>
  item[name] === undefined || item[name] === null || item[name] === '' ? null : text(item, name);

/** A dispatched case as the system's affair: the case number becomes externalNo. */
export function toAffairSubmission(submission: CaseSubmission) {
  return {
    externalNo: submission.reference,
    itemCode: submission.itemCode,
    itemName: submission.itemName,
    idCard: submission.applicant.idNumber,
    name: submission.applicant.name,
    acceptTime: shanghaiWallClock(submission.acceptedAt),
    ...(submission.dueDate ? { deadline: slashDate(submission.dueDate) } : {}),
    materials: submission.materials,
  };
}

/** An affair of the list in the standard shape. */
export function toBackOfficeRecord(item: Item): BackOfficeRecord {
  const code = text(item, 'handleStatus');
  const handledAt = optional(item, 'handleTime');
  const supplements = item.supplements ?? [];
  if (!Array.isArray(supplements)) throw new LegacyFormatError('supplements field', supplements);
  return {
    system: 'party-building',
    reference: text(item, 'externalNo'),
    recordNumber: text(item, 'affairNo'),
    status: affairStatuses.toStandard(code),
    legacyStatus: affairStatuses.describe(code),
    reviewer: optional(item, 'handler'),
    receivedOn: legacyDateToIso(text(item, 'acceptDate')),
    decidedAt: handledAt && instantToShanghaiIso(handledAt),
    resultNumber: optional(item, 'resultNo'),
    reason: optional(item, 'opinion'),
    missingMaterials: supplements.map((supplement: Item) => ({
      code: text(supplement, 'materialCode'),
      reason: text(supplement, 'reason'),
    })),
  };
}
