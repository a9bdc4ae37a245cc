import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { dataSubjectOf, readRecords } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { FORESTRY_KEEPERS } from './record-keeper';
import { ForestLandUseApproval } from './forest-land-use-approval';
import { ForestryPermits } from './forestry-permits';
import { HarvestPermit } from './harvest-permit';
import { TimberTransportPermit } from './timber-transport-permit';

/** Each list from its own system, through the request's loaders; a failing system fails only its list. */
@Resolver(() => ForestryPermits)
export class ForestryPermitsResolver {
  @FieldResolver(() => [HarvestPermit], {
    nullable: true,
    description: '林木采伐许可证 held; null (with an error) when the harvest-permit system fails.',
  })
  async harvestPermits(@Root() permits: ForestryPermits, @Ctx() context: ForestryContext) {
    await readRecords(
      context,
      dataSubjectOf(permits.holderId),
      FORESTRY_KEEPERS.harvest,
      'forestryPermits.harvestPermits',
    );
    return (await context.harvest.permitsByHolder.load(permits.holderId)) ?? [];
  }

  @FieldResolver(() => [TimberTransportPermit], {
    nullable: true,
    description: '木材运输证 whose timber the holder owned; null (with an error) when the transport system fails.',
  })
  async transportPermits(@Root() permits: ForestryPermits, @Ctx() context: ForestryContext) {
    await readRecords(
      context,
      dataSubjectOf(permits.holderId),
      FORESTRY_KEEPERS.transport,
      'forestryPermits.transportPermits',
    );
    return (await context.transport.permitsByOwner.load(permits.holderId)) ?? [];
  }

  @FieldResolver(() => [ForestLandUseApproval], {
    nullable: true,
    description: '使用林地审核 applications of the holder; null (with an error) when the land-use system fails.',
  })
  async landUseApprovals(@Root() permits: ForestryPermits, @Ctx() context: ForestryContext) {
    await readRecords(
      context,
      dataSubjectOf(permits.holderId),
      FORESTRY_KEEPERS.landUse,
      'forestryPermits.landUseApprovals',
    );
    return (await context.landUse.approvalsByApplicant.load(permits.holderId)) ?? [];
  }
}
