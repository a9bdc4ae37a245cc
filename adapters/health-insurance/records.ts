/** 新农合 records in the hub's standard shape: what the client returns and the subgraph shows. */

export type MedicalInsuranceType =
  'NEW_RURAL_COOPERATIVE_MEDICAL' | 'URBAN_RURAL_RESIDENT_MEDICAL' | 'EMPLOYEE_MEDICAL';

export type MedicalInsuredCategory = 'ORDINARY_RESIDENT' | 'SUBSISTENCE_ALLOWANCE' | 'DESTITUTE' | 'STUDENT';

export type MedicalEnrolmentStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

export interface MedicalContribution {
  /** yyyy-MM */
  period: string;
  insuranceType: MedicalInsuranceType;
  insuredCategory: MedicalInsuredCategory;
  personalAmountFen: number;
  subsidyFen: number;
  /** ISO 8601 instant, +08:00 */
  paidAt: string;
  poolingArea: string;
  operator: string;
}

export interface MedicalReimbursement {
  settlementNumber: string;
  hospital: string;
  /** yyyy-MM-dd */
  admittedOn: string;
  /** yyyy-MM-dd; null for outpatient care */
  dischargedOn: string | null;
  totalCostFen: number;
  fundPaidFen: number;
  /** yyyy-MM-dd */
  settledOn: string;
}

export interface MedicalEnrolment {
  personNumber: string;
  idNumber: string;
  name: string;
  insuranceType: MedicalInsuranceType;
  insuredCategory: MedicalInsuredCategory;
  status: MedicalEnrolmentStatus;
  poolingArea: string;
  /** yyyy-MM-dd */
  enrolledOn: string;
  /** Oldest first. */
  contributions: MedicalContribution[];
  /** Oldest first. */
  reimbursements: MedicalReimbursement[];
}
