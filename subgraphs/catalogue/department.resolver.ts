import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CatalogueContext } from './context';
import { AdministrativeDivision, Department, ServiceItem, Window } from './entities';
import { AdministrativeLevel } from './enums';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: 'Every department, ordered by code.' })
  departments(@Ctx() { em }: CatalogueContext): Promise<Department[]> {
    return em.find(Department, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Department, { nullable: true, description: 'One department by code; null when unknown.' })
  department(
    @Ctx() { loaders }: CatalogueContext,
    @Arg('code', () => String, { description: 'Department code, e.g. 532503-LYJ.' }) code: string,
  ) {
    return loaders.department.load(code);
  }

  @FieldResolver(() => AdministrativeLevel, { description: 'The level the department sits at.' })
  async level(@Root() department: Department, @Ctx() { loaders }: CatalogueContext): Promise<AdministrativeLevel> {
    return (await loaders.division.load(department.division.code))!.level;
  }

  @FieldResolver(() => String, { description: "Code of the department's administrative division, e.g. 532503." })
  divisionCode(@Root() department: Department): string {
    return department.division.code;
  }

  @FieldResolver(() => AdministrativeDivision, { description: "The department's administrative division." })
  async division(
    @Root() department: Department,
    @Ctx() { loaders }: CatalogueContext,
  ): Promise<AdministrativeDivision> {
    return (await loaders.division.load(department.division.code))!;
  }

  @FieldResolver(() => [ServiceItem], {
    description: "The department's items open for applications today (current versions), by code.",
  })
  items(@Root() department: Department, @Ctx() { loaders }: CatalogueContext): Promise<ServiceItem[]> {
    return loaders.itemsOfDepartment.load(department.code);
  }

  @FieldResolver(() => Int, { description: 'How many items the department offers today.' })
  async itemCount(@Root() department: Department, @Ctx() { loaders }: CatalogueContext): Promise<number> {
    return (await loaders.itemsOfDepartment.load(department.code)).length;
  }

  @FieldResolver(() => Int, {
    description:
      'How many of the items it offers today it has authorised to a comprehensive window (the plan reports departments that delegate too little).',
  })
  async authorisedItemCount(@Root() department: Department, @Ctx() { loaders }: CatalogueContext): Promise<number> {
    const items = await loaders.itemsOfDepartment.load(department.code);
    const authorisations = await loaders.authorisationOfItem.loadMany(items.map((item) => item.code));
    return authorisations.filter((authorisation) => authorisation && !(authorisation instanceof Error)).length;
  }

  @FieldResolver(() => [Window], { description: "The department's own windows." })
  windows(@Root() department: Department, @Ctx() { loaders }: CatalogueContext): Promise<Window[]> {
    return loaders.windowsOfDepartment.load(department.code);
  }
}
