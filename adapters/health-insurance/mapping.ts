import { instantToShanghaiIso, legacyDateToIso, legacyPeriodToIso, yuanToFen } from '../kit';
import { ENROLMENT_STATUSES, INSURANCE_TYPES, INSURED_CATEGORIES } from './codes';
import { LegacyClaim, LegacyContribution, LegacyInsured } from './contract/wire';
import { MedicalContribution, MedicalEnrolment, MedicalReimbursement } from './records';

/** A 新农合 record in the hub's standard shape: codes mapped, dates ISO, amounts in fen. */
export function toMedicalEnrolment(insured: LegacyInsured): MedicalEnrolment {
  return {
    personNumber: insured.personNo,
    idNumber: insured.idCard.toUpperCase(),
    name: insured.name,
    insuranceType: INSURANCE_TYPES.toStandard(insured.insuType),
    insuredCategory: INSURED_CATEGORIES.toStandard(insured.psnType),
    status: ENROLMENT_STATUSES.toStandard(insured.insuStatus),
    poolingArea: insured.poolArea,
    enrolledOn: legacyDateToIso(insured.enrolDate),
    contributions: insured.contributions.map(toContribution).sort((a, b) => a.period.localeCompare(b.period)),
    reimbursements: insured.claims.map(toReimbursement).sort((a, b) => a.admittedOn.localeCompare(b.admittedOn)),
  };
}

function toContribution(contribution: LegacyContribution): MedicalContribution {
  return {
    period: legacyPeriodToIso(contribution.period),
    insuranceType: INSURANCE_TYPES.toStandard(contribution.insuType),
    insuredCategory: INSURED_CATEGORIES.toStandard(contribution.psnType),
    personalAmountFen: yuanToFen(contribution.personalAmt),
    subsidyFen: yuanToFen(contribution.subsidyAmt),
    paidAt: instantToShanghaiIso(contribution.payTime),
    poolingArea: contribution.poolArea,
    operator: contribution.operator,
  };
}

function toReimbursement(claim: LegacyClaim): MedicalReimbursement {
  return {
    settlementNumber: claim.settleNo,
    hospital: claim.hospital,
    admittedOn: legacyDateToIso(claim.admitDate),
    dischargedOn: claim.dischargeDate === null ? null : legacyDateToIso(claim.dischargeDate),
    totalCostFen: yuanToFen(claim.totalAmt),
    fundPaidFen: yuanToFen(claim.fundPaid),
    settledOn: legacyDateToIso(claim.settleDate),
  };
}
