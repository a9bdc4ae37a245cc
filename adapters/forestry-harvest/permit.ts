import { TreeSpecies } from './species';

export type HarvestMethod = 'CLEAR_CUT' | 'SELECTIVE' | 'SHELTERWOOD';
export type HarvestPermitStatus = 'VALID' | 'CANCELLED' | 'EXPIRED';

/** A 林木采伐许可证 in the hub's standard shape: the only shape that leaves this adapter. */
export interface HarvestPermit {
  permitNumber: string;
  /** Resident ID of a person or credit code of an enterprise. */
  holderId: string;
  holderName: string;
  location: string;
  species: TreeSpecies;
  method: HarvestMethod;
  /** Square metres. */
  area: number;
  /** Approved volume in cubic decimetres (litres): exact, 1 m³ = 1000. */
  approvedVolume: number;
  /** yyyy-MM-dd */
  approvalDate: string;
  /** yyyy-MM-dd: restocking (更新造林) must be done by then. */
  restockingDueDate: string;
  status: HarvestPermitStatus;
}
