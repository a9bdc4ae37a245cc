import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  legacyPeriodToIso,
  shanghaiWallClock,
  yuanToFen,
} from '../kit';
import { APPLICATION_STATUSES, CONTRIBUTION_GRADES, PAYMENT_KINDS, PENSION_STATUSES } from './codes';
import { LegacyApplication, LegacyPayment, LegacyPerson } from './contract/wire';
import { PensionAccountRecord, PensionPayment } from './records';

/** The SOAP layer gives one element as an object and several as an array. */
export function asList<T>(value: T | T[] | undefined | null): T[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** 6217995130001234567 → 621799*********4567 */
export function maskBankAccount(account: string): string {
  const digits = account.replace(/\s/g, '');
  return digits.length <= 10
    ? '*'.repeat(digits.length)
    : `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

const present = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

export function toPensionAccount(person: LegacyPerson): PensionAccountRecord {
  const grade = present(person.JFDC);
  const benefit = present(person.YDYJE);
  const account = present(person.YHZH);
  return {
    personalNumber: person.AAC001,
    idNumber: person.AAC002.toUpperCase(),
    name: person.AAC003,
    status: PENSION_STATUSES.toStandard(person.AAC008),
    grade: grade === undefined ? null : CONTRIBUTION_GRADES.toStandard(grade),
    monthlyBenefitFen: benefit === undefined ? null : yuanToFen(benefit),
    bankName: present(person.KHYH) ?? null,
    bankAccountMasked: account === undefined ? null : maskBankAccount(account),
    payments: asList(person.JFJL)
      .map(toPayment)
      .sort((a, b) => a.period.localeCompare(b.period) || a.kind.localeCompare(b.kind)),
  };
}

function toPayment(payment: LegacyPayment): PensionPayment {
  return {
    kind: PAYMENT_KINDS.toStandard(payment.LX),
    period: legacyPeriodToIso(payment.QH),
    amountFen: yuanToFen(payment.JE),
    paidOn: legacyDateToIso(payment.DZRQ),
  };
}

/** A dispatched case as SubmitApplication's request: the case number becomes WBLSH. */
export function toSubmitApplication(submission: CaseSubmission) {
  return {
    WBLSH: submission.reference,
    YWBM: submission.itemCode,
    YWMC: submission.itemName,
    AAC002: submission.applicant.idNumber,
    AAC003: submission.applicant.name,
    SLSJ: shanghaiWallClock(submission.acceptedAt),
    ...(submission.dueDate ? { BJQX: submission.dueDate } : {}),
    CL: submission.materials,
  };
}

/** An application of QueryApplications in the standard shape. */
export function toBackOfficeRecord(application: LegacyApplication): BackOfficeRecord {
  const text = (value: string | undefined) => present(value) ?? null;
  return {
    system: 'pensions',
    reference: application.WBLSH,
    recordNumber: application.YWLSH,
    status: APPLICATION_STATUSES.toStandard(application.SPZT),
    legacyStatus: APPLICATION_STATUSES.describe(application.SPZT),
    reviewer: text(application.SHR),
    receivedOn: legacyDateToIso(application.SLRQ),
    decidedAt: present(application.SPSJ) ? instantToShanghaiIso(application.SPSJ!) : null,
    resultNumber: text(application.HDBH),
    reason: text(application.SPYJ),
    missingMaterials: asList(application.BZCL).map(({ CLBM, BZYY }) => ({ code: CLBM, reason: BZYY })),
  };
}
