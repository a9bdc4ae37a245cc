import { legacyDateToIso, legacyPeriodToIso, yuanToFen } from '../kit';
import { CONTRIBUTION_GRADES, PAYMENT_KINDS, PENSION_STATUSES } from './codes';
import { LegacyPayment, LegacyPerson } from './contract/wire';
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
