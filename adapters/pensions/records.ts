/** 城乡居民养老保险 records in the hub's standard shape. */

export type PensionStatus = 'CONTRIBUTING' | 'RECEIVING_BENEFIT' | 'SUSPENDED';

export type PensionPaymentKind = 'CONTRIBUTION' | 'BENEFIT';

export interface PensionPayment {
  kind: PensionPaymentKind;
  /** yyyy-MM */
  period: string;
  amountFen: number;
  /** yyyy-MM-dd */
  paidOn: string;
}

export interface PensionAccountRecord {
  personalNumber: string;
  idNumber: string;
  name: string;
  status: PensionStatus;
  /** Contribution grade 1-12; null when the person no longer contributes. */
  grade: number | null;
  /** Null unless a benefit is paid. */
  monthlyBenefitFen: number | null;
  bankName: string | null;
  /** First six and last four digits only: the account number never leaves the adapter whole. */
  bankAccountMasked: string | null;
  /** Oldest first. */
  payments: PensionPayment[];
}
