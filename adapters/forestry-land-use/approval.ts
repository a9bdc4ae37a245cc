export type LandUseType = 'PERMANENT' | 'TEMPORARY';
export type LandUseApprovalStatus = 'APPROVED' | 'UNDER_REVIEW' | 'DENIED';

/** A 使用林地审核 record in the hub's standard shape: the only shape that leaves this adapter. */
export interface LandUseApproval {
  approvalNumber: string;
  /** Resident ID of a person or credit code of an enterprise. */
  applicantId: string;
  applicantName: string;
  projectName: string;
  location: string;
  /** Square metres. */
  area: number;
  landUseType: LandUseType;
  /** 植被恢复费, integer fen. */
  vegetationRestorationFee: number;
  /** yyyy-MM-dd */
  approvalDate: string;
  status: LandUseApprovalStatus;
}
