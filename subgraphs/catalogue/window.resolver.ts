import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CatalogueContext } from './context';
import { Department, HallZone, Window } from './entities';
import { WindowKind } from './enums';

@Resolver(() => Window)
export class WindowResolver {
  @Query(() => [Window], { description: 'Windows of every hall, optionally of one zone or one kind, ordered by code.' })
  windows(
    @Ctx() { em }: CatalogueContext,
    @Arg('zoneCode', () => String, { nullable: true, description: 'Only windows in this zone.' })
    zoneCode: string | null,
    @Arg('kind', () => WindowKind, { nullable: true, description: 'Only comprehensive or only department windows.' })
    kind: WindowKind | null,
  ): Promise<Window[]> {
    return em.find(
      Window,
      { ...(zoneCode ? { zone: zoneCode } : {}), ...(kind ? { kind } : {}) },
      { orderBy: { code: 'asc' } },
    );
  }

  @FieldResolver(() => HallZone, { description: 'The zone the window is in.' })
  async zone(@Root() window: Window, @Ctx() { loaders }: CatalogueContext): Promise<HallZone> {
    return (await loaders.zone.load(window.zone.code))!;
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      'The department a department window belongs to; null for comprehensive windows, which the government-service bureau runs for all.',
  })
  department(@Root() window: Window, @Ctx() { loaders }: CatalogueContext): Promise<Department | null> {
    return window.department ? loaders.department.load(window.department.code) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Floor of the hall the window is on; null where the plan does not say.',
  })
  async floor(@Root() window: Window, @Ctx() { loaders }: CatalogueContext): Promise<number | null> {
    return (await loaders.zone.load(window.zone.code))?.floor ?? null;
  }
}
