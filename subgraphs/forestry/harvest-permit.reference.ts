import { ForestryContext } from './context';
import { HarvestPermit } from './harvest-permit';

/** Another subgraph's reference to a harvest permit, loaded with the rest of the request's permits. */
export function resolveHarvestPermitReference(
  reference: Pick<HarvestPermit, 'permitNumber'>,
  { harvest }: ForestryContext,
) {
  return harvest.permitByNumber.load(reference.permitNumber);
}
