import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CatalogueContext } from './context';
import { Authorisation, Department, ServiceItem, Window } from './entities';
import { authorisationInForce } from './services/in-force';

@Resolver(() => Authorisation)
export class AuthorisationResolver {
  @Query(() => [Authorisation], {
    description: 'Authorisations in force today, one per delegated item, ordered by item code.',
  })
  authorisations(
    @Ctx() { em, today }: CatalogueContext,
    @Arg('windowCode', () => String, { nullable: true, description: 'Only those to this comprehensive window.' })
    windowCode: string | null,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only those given by this department.' })
    departmentCode: string | null,
    @Arg('itemCode', () => String, { nullable: true, description: 'Only the one for this item.' })
    itemCode: string | null,
  ): Promise<Authorisation[]> {
    const narrowing = {
      ...(windowCode ? { window: windowCode } : {}),
      ...(departmentCode ? { department: departmentCode } : {}),
      ...(itemCode ? { itemCode } : {}),
    };
    return em.find(Authorisation, { $and: [authorisationInForce(today), narrowing] }, { orderBy: { itemCode: 'asc' } });
  }

  @FieldResolver(() => Department, { description: 'The department that delegated the item.' })
  async department(@Root() authorisation: Authorisation, @Ctx() { loaders }: CatalogueContext): Promise<Department> {
    return (await loaders.department.load(authorisation.department.code))!;
  }

  @FieldResolver(() => Window, { description: 'The comprehensive window that may accept the item.' })
  async window(@Root() authorisation: Authorisation, @Ctx() { loaders }: CatalogueContext): Promise<Window> {
    return (await loaders.window.load(authorisation.window.code))!;
  }

  @FieldResolver(() => ServiceItem, { nullable: true, description: 'The delegated item, in its current version.' })
  item(@Root() authorisation: Authorisation, @Ctx() { loaders }: CatalogueContext): Promise<ServiceItem | null> {
    return loaders.item.load({ code: authorisation.itemCode });
  }
}
