import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CatalogueContext } from './context';
import { HallZone, Window } from './entities';

@Resolver(() => HallZone)
export class HallZoneResolver {
  @Query(() => [HallZone], { description: 'Every zone of every hall, ordered by code.' })
  hallZones(@Ctx() { em }: CatalogueContext): Promise<HallZone[]> {
    return em.find(HallZone, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Window], { description: "The zone's windows, by code." })
  windows(@Root() zone: HallZone, @Ctx() { loaders }: CatalogueContext): Promise<Window[]> {
    return loaders.windowsOfZone.load(zone.code);
  }
}
