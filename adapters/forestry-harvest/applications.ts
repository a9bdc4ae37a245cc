import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  LegacyFormatError,
  shanghaiWallClock,
} from '../kit';
import { applicationStatuses } from './codes';

type Sq = Record<string, unknown>;

function text(record: Sq, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} field`, value);
  return value;
}

const optional = (record: Sq, name: string): string | null =>
  record[name] === undefined || record[name] === '' ? null : text(record, name);

/** A dispatched case as SBSQ's request: the case number becomes WBBH. */
export function toSbsq(submission: CaseSubmission) {
  return {
    WBBH: submission.reference,
    SXBM: submission.itemCode,
    SXMC: submission.itemName,
    SQRLX: submission.applicant.type === 'PERSON' ? '1' : '2',
    SQR: submission.applicant.name,
    SFZH: submission.applicant.idNumber,
    SLSJ: shanghaiWallClock(submission.acceptedAt),
    ...(submission.dueDate ? { BJQX: submission.dueDate } : {}),
    CL: submission.materials,
  };
}

/** An SQ (申请) of CXSQ's answer in the standard shape. */
export function toBackOfficeRecord(record: Sq): BackOfficeRecord {
  const code = text(record, 'SQZT');
  const decidedAt = optional(record, 'JDSJ');
  return {
    system: 'forestry-harvest',
    reference: text(record, 'WBBH'),
    recordNumber: text(record, 'SLBH'),
    status: applicationStatuses.toStandard(code),
    legacyStatus: applicationStatuses.describe(code),
    reviewer: optional(record, 'SHR'),
    receivedOn: legacyDateToIso(text(record, 'SLRQ')),
    decidedAt: decidedAt && instantToShanghaiIso(decidedAt),
    resultNumber: optional(record, 'XKZH'),
    reason: optional(record, 'SPYJ'),
    missingMaterials: (record.BZCL === undefined ? [] : [record.BZCL].flat()).map((material) => ({
      code: text(material as Sq, 'CLBM'),
      reason: text(material as Sq, 'BZYY'),
    })),
  };
}
