import { HarvestPermit } from '../../adapters/forestry-harvest';
import { TransportPermit } from '../../adapters/forestry-transport';
import { ForestryContext } from './context';

export interface VolumeLedger {
  /** Cubic decimetres carried by the transports that count (all but void ones). */
  transported: number;
  /** Approved minus transported, never below zero. */
  remaining: number;
  /** More was transported than the permit approved. */
  overTransported: boolean;
  /** The transports that carried timber beyond what was left of the approved volume. */
  overdrawing: ReadonlySet<string>;
}

/**
 * The draw-down of one harvest permit by its transport permits, in the order they were issued: each
 * transport takes from what is left; one that takes more than is left over-draws the permit (and so
 * does every later one). A void transport carried nothing and does not count. Integer cubic
 * decimetres throughout, so the sums are exact.
 */
export function volumeLedger(approvedVolume: number, transports: readonly TransportPermit[]): VolumeLedger {
  const counted = transports
    .filter((transport) => transport.status !== 'VOID')
    .sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.permitNumber.localeCompare(b.permitNumber));
  const overdrawing = new Set<string>();
  let transported = 0;
  for (const transport of counted) {
    transported += transport.volume;
    if (transported > approvedVolume) overdrawing.add(transport.permitNumber);
  }
  return {
    transported,
    remaining: Math.max(0, approvedVolume - transported),
    overTransported: transported > approvedVolume,
    overdrawing,
  };
}

/** A permit's draw-down; its transports come from the request's loader, shared by every field that needs them. */
export async function ledgerOf(permit: HarvestPermit, { transport }: ForestryContext): Promise<VolumeLedger> {
  return volumeLedger(permit.approvedVolume, (await transport.permitsByHarvestPermit.load(permit.permitNumber)) ?? []);
}
