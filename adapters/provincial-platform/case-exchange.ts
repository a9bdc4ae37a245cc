/**
 * What the hub exchanges with the platform about cases (issue 9, part 4): lifecycle events it
 * reports, in order per case, and applications submitted on the provincial portal that it takes in.
 */

/** The hub's case statuses, as the cases subgraph names them. */
export type CaseStatusName =
  | 'SUBMITTED'
  | 'NEEDS_SUPPLEMENT'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'DISPATCHED'
  | 'IN_REVIEW'
  | 'APPROVED'
  | 'DENIED'
  | 'RESULT_READY'
  | 'DELIVERED';

/** One transition of a case, numbered from 1 per case: the platform takes them in that order only. */
export interface CaseEventReport {
  caseNumber: string;
  sequence: number;
  status: CaseStatusName;
  at: Date;
  actor: string;
  note: string;
}

/** What the platform did with a reported event: RECORDED, or DUPLICATE when it already had it. */
export interface CaseEventReceipt {
  caseNumber: string;
  sequence: number;
  result: 'RECORDED' | 'DUPLICATE';
}

/** An application submitted on the provincial portal, for the hub to take in as an ONLINE case. */
export interface OnlineApplication {
  /** The province's application number (申请编号): the case's idempotency key. */
  applicationNumber: string;
  itemCode: string;
  applicantName: string;
  idNumber: string;
  materialCodes: string[];
  submittedAt: string;
  /** The platform's delivery sequence: poll again from the last one seen. */
  deliverySequence: number;
}

/** 好差评's five levels, as the cases subgraph names them. */
export type EvaluationLevelName =
  'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED';

/** An applicant's evaluation of a delivered case: reported once the case's delivery is reported. */
export interface EvaluationReport {
  caseNumber: string;
  level: EvaluationLevelName;
  comment: string | null;
  at: Date;
}

/** What the platform did with a reported evaluation: RECORDED, or DUPLICATE when it already had one for the case. */
export interface EvaluationReceipt {
  caseNumber: string;
  result: 'RECORDED' | 'DUPLICATE';
}
