import { Ctx, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../lib/auth/policies';
import { hubError } from '../../lib/errors';
import { CatalogueContext } from './context';
import { syncCatalogueToProvince } from './provincial/catalogue-sync';
import { ProvincialPushResult, ProvincialSyncReport } from './provincial/provincial-sync-report';

@Resolver()
export class ProvincialSyncResolver {
  @Mutation(() => ProvincialSyncReport, {
    description:
      'Pushes the implementation list to the provincial platform now: every item version not yet acknowledged or changed since. Idempotent by item code and version. ADMIN only.',
  })
  async pushCatalogueToProvince(
    @Ctx() { em, province, now, identity }: CatalogueContext,
  ): Promise<ProvincialSyncReport> {
    requireRole(identity, ['ADMIN'], 'pushCatalogueToProvince');
    if (!province) {
      throw hubError('UPSTREAM_UNAVAILABLE', 'No provincial platform is configured for this catalogue', {
        service: 'provincial-platform',
      });
    }
    const { checked, pushed } = await syncCatalogueToProvince(em, province, now);
    return { checked, pushed: pushed.map((push) => ({ ...push, result: ProvincialPushResult[push.result] })) };
  }
}
