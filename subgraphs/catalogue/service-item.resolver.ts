import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../lib/errors';
import { CatalogueContext } from './context';
import { AdministrativeDivision, Department, Material, ProcessStep, ServiceItem, Window } from './entities';
import { AdministrativeLevel, ItemStatus } from './enums';
import { decodeCursor, encodeCursor } from './services/cursor';
import { itemFilterQuery } from './services/item-search';
import { ServiceItemConnection } from './types/service-item-connection';
import { ServiceItemFilter } from './types/service-item-filter';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

@Resolver(() => ServiceItem)
export class ServiceItemResolver {
  @Query(() => ServiceItemConnection, {
    description: "The catalogue's items (current versions), filtered and paged by item code.",
  })
  async serviceItems(
    @Ctx() { em, today }: CatalogueContext,
    @Arg('filter', () => ServiceItemFilter, { nullable: true, description: 'Conditions every returned item meets.' })
    filter: ServiceItemFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE,
      description: `Page size, 1 to ${MAX_PAGE}; null means ${DEFAULT_PAGE}.`,
    })
    requestedFirst: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the edge to continue after (pageInfo.endCursor).',
    })
    after: string | null,
  ): Promise<ServiceItemConnection> {
    const first = requestedFirst ?? DEFAULT_PAGE;
    if (first < 1 || first > MAX_PAGE)
      throw badUserInput('first', `first must be between 1 and ${MAX_PAGE}, got ${first}`);
    const afterCode = after == null ? null : decodeCursor(after);
    const where = await itemFilterQuery(em, filter, today);
    const [page, totalCount] = await Promise.all([
      em.find(ServiceItem, afterCode == null ? where : { $and: [where, { code: { $gt: afterCode } }] }, {
        orderBy: { code: 'asc' },
        limit: first + 1,
      }),
      em.count(ServiceItem, where),
    ]);
    const nodes = page.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.code), node }));
    return {
      totalCount,
      edges,
      nodes,
      pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => ServiceItem, {
    nullable: true,
    description: 'One item: its current version, or the given version. Null when there is no such item or version.',
  })
  async serviceItem(
    @Ctx() { loaders }: CatalogueContext,
    @Arg('code', () => String, { description: 'Item code, e.g. XK00001000-532503.' }) code: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; the current version when omitted.' })
    version: number | null,
  ): Promise<ServiceItem | null> {
    if (version != null && version < 1) throw badUserInput('version', `version must be 1 or more, got ${version}`);
    return loaders.item.load({ code, version });
  }

  @FieldResolver(() => Department, { description: 'The department responsible for the item (实施主体).' })
  async department(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<Department> {
    return (await loaders.department.load(item.department.code))!;
  }

  @FieldResolver(() => [Department], {
    description: 'The departments that decide it: several for a parallel approval, otherwise just the department.',
  })
  decidingDepartments(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<Department[]> {
    return loaders.decidingDepartments.load(item.id);
  }

  @FieldResolver(() => [Material], { description: "Materials of this version's guide, in guide order." })
  materials(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<Material[]> {
    return loaders.materials.load(item.id);
  }

  @FieldResolver(() => [ProcessStep], { description: "Steps of this version's handling process, in order." })
  process(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<ProcessStep[]> {
    return loaders.process.load(item.id);
  }

  @FieldResolver(() => Window, {
    nullable: true,
    description:
      "Where the item is applied for today: the comprehensive window its department authorised it to, otherwise the department's own window.",
  })
  async window(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<Window | null> {
    const authorisation = await loaders.authorisationOfItem.load(item.code);
    return loaders.window.load(authorisation ? authorisation.window.code : item.departmentWindow.code);
  }

  @FieldResolver(() => AdministrativeDivision, { description: 'The division that implements the item.' })
  async division(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<AdministrativeDivision> {
    return (await loaders.division.load(item.division.code))!;
  }

  @FieldResolver(() => AdministrativeLevel, { description: 'The level at which the item is implemented.' })
  async level(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<AdministrativeLevel> {
    return (await loaders.division.load(item.division.code))!.level;
  }

  @FieldResolver(() => ItemStatus, { description: 'RETIRED from the retiredOn date on, otherwise ACTIVE.' })
  status(@Root() item: ServiceItem, @Ctx() { today }: CatalogueContext): ItemStatus {
    return item.retiredOn && item.retiredOn <= today ? ItemStatus.RETIRED : ItemStatus.ACTIVE;
  }

  @FieldResolver(() => Boolean, { description: "Whether this is the item's latest version." })
  isCurrentVersion(@Root() item: ServiceItem): boolean {
    return item.current;
  }

  @FieldResolver(() => [ServiceItem], { description: 'Every version of the item, oldest first.' })
  versions(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<ServiceItem[]> {
    return loaders.itemVersions.load(item.code);
  }
}
