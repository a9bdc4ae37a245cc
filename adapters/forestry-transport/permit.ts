import { TreeSpecies } from '../forestry-harvest/species';

export type TransportPermitStatus = 'VALID' | 'USED' | 'VOID';

/** A 木材运输证 in the hub's standard shape: the only shape that leaves this adapter. */
export interface TransportPermit {
  permitNumber: string;
  /** The harvest permit whose approved volume this transport draws on. */
  harvestPermitNumber: string;
  /** Resident ID or credit code of the timber's owner (货主). */
  ownerId: string;
  ownerName: string;
  species: TreeSpecies;
  /** Volume transported in cubic decimetres (litres): exact, 1 m³ = 1000. */
  volume: number;
  origin: string;
  destination: string;
  /** yyyy-MM-dd */
  issueDate: string;
  /** yyyy-MM-dd */
  validUntil: string;
  status: TransportPermitStatus;
}
