import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForestryContext } from './context';
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
  async harvestPermits(@Root() permits: ForestryPermits, @Ctx() { harvest }: ForestryContext) {
    return (await harvest.permitsByHolder.load(permits.holderId)) ?? [];
  }

  @FieldResolver(() => [TimberTransportPermit], {
    nullable: true,
    description: '木材运输证 whose timber the holder owned; null (with an error) when the transport system fails.',
  })
  async transportPermits(@Root() permits: ForestryPermits, @Ctx() { transport }: ForestryContext) {
    return (await transport.permitsByOwner.load(permits.holderId)) ?? [];
  }

  @FieldResolver(() => [ForestLandUseApproval], {
    nullable: true,
    description: '使用林地审核 applications of the holder; null (with an error) when the land-use system fails.',
  })
  async landUseApprovals(@Root() permits: ForestryPermits, @Ctx() { landUse }: ForestryContext) {
    return (await landUse.approvalsByApplicant.load(permits.holderId)) ?? [];
  }
}
