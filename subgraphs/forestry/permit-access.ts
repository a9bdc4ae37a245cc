import { dataSubjectOf, readRecords } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { HarvestPermit } from './harvest-permit';
import { FORESTRY_KEEPERS } from './record-keeper';

/**
 * A harvest permit found by its number, as the caller may see it: its holder's own, or the
 * bureau's. FORBIDDEN (recorded) for anyone else; every read recorded against the holder.
 */
export async function readablePermit(
  context: ForestryContext,
  permit: HarvestPermit | null,
  field: string,
): Promise<HarvestPermit | null> {
  if (permit) await readRecords(context, dataSubjectOf(permit.holderId), FORESTRY_KEEPERS.harvest, field);
  return permit;
}
