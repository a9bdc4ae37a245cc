import { ForestryContext } from './context';
import { HarvestPermit } from './harvest-permit';
import { readablePermit } from './permit-access';

/** Another subgraph's reference to a harvest permit, loaded with the rest of the request's permits. */
export async function resolveHarvestPermitReference(
  reference: Pick<HarvestPermit, 'permitNumber'>,
  context: ForestryContext,
) {
  return readablePermit(context, await context.harvest.permitByNumber.load(reference.permitNumber), '_entities');
}
