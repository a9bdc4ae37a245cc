export type PartyMemberStatus = 'FULL' | 'PROBATIONARY';
export type SubsistenceAllowanceStatus = 'RECEIVING' | 'SUSPENDED' | 'UNDER_REVIEW';

/** The party-building system's records in the hub's standard shapes: the only shapes that leave this adapter. */
export interface PartyMembership {
  idNumber: string;
  branchCode: string;
  branchName: string;
  /** yyyy-MM-dd */
  joiningDate: string;
  status: PartyMemberStatus;
  /** The year `duesPaid` covers. */
  duesYear: number;
  /** 党费 paid in `duesYear`, integer fen. */
  duesPaid: number;
}

/** 最低生活保障 (minimum living allowance), kept by the community's civil-affairs window. */
export interface SubsistenceAllowance {
  idNumber: string;
  caseNumber: string;
  status: SubsistenceAllowanceStatus;
  /** Integer fen per month. */
  monthlyAmount: number;
  householdSize: number;
  /** yyyy-MM-dd */
  approvalDate: string;
}

/** 生育登记, kept by the community's family-planning window. */
export interface BirthRegistration {
  idNumber: string;
  registrationNumber: string;
  /** 1 for the first child. */
  childOrder: number;
  /** yyyy-MM-dd */
  registrationDate: string;
}
