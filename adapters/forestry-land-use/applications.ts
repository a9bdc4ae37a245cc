import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  LegacyFormatError,
  shanghaiWallClock,
  slashDate,
} from '../kit';
import { applicationStatuses } from './codes';

type Sbjl = Record<string, unknown>;

function text(record: Sbjl, name: string): string {
  const value = record[name];
  if (typeof value !== 'string') throw new LegacyFormatError(`${name} element`, value);
  return value;
}

const optional = (record: Sbjl, name: string): string | null =>
  record[name] === undefined || record[name] === '' ? null : text(record, name);

/** A dispatched case as the LDSHSB document: the case number becomes WBBH. */
export function toLdshsb(submission: CaseSubmission) {
  return {
    LDSHSB: {
      WBBH: submission.reference,
      SXBM: submission.itemCode,
      SXMC: submission.itemName,
      SQRLX: submission.applicant.type === 'PERSON' ? '1' : '2',
      SQR: submission.applicant.name,
      ZJHM: submission.applicant.idNumber,
      SLSJ: shanghaiWallClock(submission.acceptedAt),
      ...(submission.dueDate ? { BJQX: slashDate(submission.dueDate) } : {}),
      CL: submission.materials,
    },
  };
}

/** An SBJL (申报记录) of LDSHSBCXJG in the standard shape. */
export function toBackOfficeRecord(record: Sbjl): BackOfficeRecord {
  const code = text(record, 'BLZT');
  const decidedAt = optional(record, 'JDSJ');
  return {
    system: 'forestry-land-use',
    reference: text(record, 'WBBH'),
    recordNumber: text(record, 'SLBH'),
    status: applicationStatuses.toStandard(code),
    legacyStatus: applicationStatuses.describe(code),
    reviewer: optional(record, 'SHR'),
    receivedOn: legacyDateToIso(text(record, 'SLRQ')),
    decidedAt: decidedAt && instantToShanghaiIso(decidedAt),
    resultNumber: optional(record, 'SHWH'),
    reason: optional(record, 'SHYJ'),
    missingMaterials: ((record.BZCL ?? []) as Sbjl[]).map((material) => ({
      code: text(material, 'CLBM'),
      reason: text(material, 'BZYY'),
    })),
  };
}
