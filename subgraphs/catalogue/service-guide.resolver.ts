import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CatalogueContext } from './context';
import { ServiceItem } from './entities';
import { formatServiceGuide } from './services/service-guide';

@Resolver(() => ServiceItem)
export class ServiceGuideResolver {
  @FieldResolver(() => String, {
    description:
      'The printable service guide (办事指南) of this version, in Chinese: every element, then every material with its blank form and sample, then the process.',
  })
  async serviceGuide(@Root() item: ServiceItem, @Ctx() { loaders }: CatalogueContext): Promise<string> {
    const authorisation = await loaders.authorisationOfItem.load(item.code);
    const [department, window, materials, process] = await Promise.all([
      loaders.department.load(item.department.code),
      loaders.window.load(authorisation ? authorisation.window.code : item.departmentWindow.code),
      loaders.materials.load(item.id),
      loaders.process.load(item.id),
    ]);
    return formatServiceGuide({
      ...item,
      retiredOn: item.retiredOn ?? null,
      fee: { ...item.fee, amountFen: item.fee.amountFen ?? null, basis: item.fee.basis ?? null },
      departmentName: department!.name,
      windowName: window!.name,
      materials: materials.map((material) => ({
        ...material,
        blankForm: material.blankForm ?? null,
        sample: material.sample ?? null,
      })),
      process,
    });
  }
}
