import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ForestryContext } from './context';
import { readablePermit } from './permit-access';
import { ForestLandUseApproval } from './forest-land-use-approval';
import { HarvestPermit } from './harvest-permit';
import { TimberTransportPermit } from './timber-transport-permit';
import { ledgerOf } from './volume-ledger';

/**
 * The linkage the pilot asks for: a harvest permit with the transports drawn on it, what is left of
 * its approved volume, and the land-use approvals that preceded it.
 */
@Resolver(() => HarvestPermit)
export class HarvestPermitResolver {
  @Query(() => HarvestPermit, {
    nullable: true,
    description:
      'A harvest permit by its number (许可证号); FORBIDDEN unless the caller holds it or is of the forestry bureau.',
  })
  async harvestPermit(
    @Arg('permitNumber', () => String, { description: '许可证号, e.g. CF2019-0001.' }) permitNumber: string,
    @Ctx() context: ForestryContext,
  ) {
    return readablePermit(context, await context.harvest.permitByNumber.load(permitNumber), 'harvestPermit');
  }

  @FieldResolver(() => [TimberTransportPermit], {
    nullable: true,
    description: 'The transport permits drawn on this permit; null (with an error) when the transport system fails.',
  })
  async transportPermits(@Root() permit: HarvestPermit, @Ctx() { transport }: ForestryContext) {
    return (await transport.permitsByHarvestPermit.load(permit.permitNumber)) ?? [];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Cubic decimetres carried by its transport permits (void ones excluded).',
  })
  async transportedVolume(@Root() permit: HarvestPermit, @Ctx() context: ForestryContext) {
    return (await ledgerOf(permit, context)).transported;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Approved minus transported volume in cubic decimetres; never below zero.',
  })
  async remainingVolume(@Root() permit: HarvestPermit, @Ctx() context: ForestryContext) {
    return (await ledgerOf(permit, context)).remaining;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether more timber was transported than the permit approved (a case for inspection).',
  })
  async overTransported(@Root() permit: HarvestPermit, @Ctx() context: ForestryContext) {
    return (await ledgerOf(permit, context)).overTransported;
  }

  @FieldResolver(() => [ForestLandUseApproval], {
    nullable: true,
    description:
      'The holder’s approved forest land-use approvals granted on or before this permit’s approval date: land conversion precedes harvesting on it. Null (with an error) when the land-use system fails.',
  })
  async precedingLandUseApprovals(@Root() permit: HarvestPermit, @Ctx() { landUse }: ForestryContext) {
    const approvals = (await landUse.approvalsByApplicant.load(permit.holderId)) ?? [];
    return approvals.filter(
      (approval) => approval.status === 'APPROVED' && approval.approvalDate <= permit.approvalDate,
    );
  }
}
