import { CatalogueContext } from './context';
import { HallZone } from './entities';

/** Resolves `HallZone` references (a queue's zone, a calling display), batched per request. */
export function resolveHallZoneReference(
  reference: Pick<HallZone, 'code'>,
  { loaders }: CatalogueContext,
): Promise<HallZone | null> {
  return loaders.zone.load(reference.code);
}
