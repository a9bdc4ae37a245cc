import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Enterprise } from './enterprise';
import { ForestryPermits } from './forestry-permits';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => ForestryPermits, {
    description: 'The harvest permits, transport permits and forest land-use approvals the enterprise holds.',
  })
  forestryPermits(@Root() enterprise: Enterprise): ForestryPermits {
    return { holderId: enterprise.creditCode };
  }
}
