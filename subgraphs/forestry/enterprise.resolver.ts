import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { resolveRecordsOf } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { Enterprise } from './enterprise';
import { ForestryPermits } from './forestry-permits';
import { FORESTRY_KEEPER } from './record-keeper';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => ForestryPermits, {
    description: 'The harvest permits, transport permits and forest land-use approvals the enterprise holds.',
  })
  async forestryPermits(@Root() enterprise: Enterprise, @Ctx() context: ForestryContext): Promise<ForestryPermits> {
    await resolveRecordsOf(context, { type: 'Enterprise', key: enterprise.creditCode }, FORESTRY_KEEPER);
    return { holderId: enterprise.creditCode };
  }
}
