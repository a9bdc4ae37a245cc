import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForestryContext } from './context';
import { readablePermit } from './permit-access';
import { HarvestPermit } from './harvest-permit';
import { TimberTransportPermit } from './timber-transport-permit';
import { ledgerOf } from './volume-ledger';

@Resolver(() => TimberTransportPermit)
export class TimberTransportPermitResolver {
  @FieldResolver(() => HarvestPermit, {
    nullable: true,
    description:
      'The harvest permit this transport draws on; null if the harvest-permit system does not know it (or fails, with an error).',
  })
  async harvestPermit(@Root() transport: TimberTransportPermit, @Ctx() context: ForestryContext) {
    const permit = await context.harvest.permitByNumber.load(transport.harvestPermitNumber);
    return readablePermit(context, permit, 'harvestPermit');
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether this transport carried more than was left of its harvest permit’s approved volume (counting earlier transports first). Null if the harvest permit is unknown.',
  })
  async exceedsRemainingVolume(@Root() transport: TimberTransportPermit, @Ctx() context: ForestryContext) {
    const permit = await context.harvest.permitByNumber.load(transport.harvestPermitNumber);
    return permit ? (await ledgerOf(permit, context)).overdrawing.has(transport.permitNumber) : null;
  }
}
