import {
  BackOfficeRecord,
  CaseSubmission,
  instantToShanghaiIso,
  legacyDateToIso,
  legacyPeriodToIso,
  shanghaiWallClock,
  yuanToFen,
} from '../kit';
import { AUDIT_STATUSES, ENROLMENT_STATUSES, INSURANCE_TYPES, INSURED_CATEGORIES } from './codes';
import { ApplicationRequest, LegacyApplication, LegacyClaim, LegacyContribution, LegacyInsured } from './contract/wire';
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

/** A dispatched case as the system's application: the case number becomes externalRef. */
export function toApplicationRequest(submission: CaseSubmission): ApplicationRequest {
  return {
    externalRef: submission.reference,
    itemCode: submission.itemCode,
    itemName: submission.itemName,
    idCard: submission.applicant.idNumber,
    name: submission.applicant.name,
    acceptTime: shanghaiWallClock(submission.acceptedAt),
    ...(submission.dueDate ? { deadline: submission.dueDate } : {}),
    materials: submission.materials,
  };
}

/** An application as the back office sees it, in the standard shape. */
export function toBackOfficeRecord(application: LegacyApplication): BackOfficeRecord {
  return {
    system: 'health-insurance',
    reference: application.externalRef,
    recordNumber: application.applicationNo,
    status: AUDIT_STATUSES.toStandard(application.auditStatus),
    legacyStatus: AUDIT_STATUSES.describe(application.auditStatus),
    reviewer: application.auditor ?? null,
    receivedOn: legacyDateToIso(application.applyDate),
    decidedAt: application.auditTime ? instantToShanghaiIso(application.auditTime) : null,
    resultNumber: application.approvalNo ?? null,
    reason: application.opinion ?? null,
    missingMaterials: (application.supplements ?? []).map(({ materialCode, reason }) => ({
      code: materialCode,
      reason,
    })),
  };
}
