import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireRole, SUPERVISION } from '../../lib/auth/policies';
import { badUserInput } from '../../lib/errors';
import { DateScalar, shanghaiDate } from '../../lib/scalars';
import { CasesContext } from './context';
import { channelStats } from './services/channel-stats';
import { ChannelStats } from './types/channel-stats';

/** Supervision by channel: how the window, the online platform and the terminals are used. */
@Resolver()
export class ChannelStatsResolver {
  @Query(() => [ChannelStats], {
    description: 'Per channel (window, online, terminal): cases received in a period of days, and where they stand.',
  })
  channelStats(
    @Arg('from', () => DateScalar, { description: 'First day of the period (submission day, Asia/Shanghai).' })
    from: string,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Last day of the period, included; today (Asia/Shanghai) when omitted.',
    })
    to: string | undefined,
    @Ctx() { em, clock, identity }: CasesContext,
  ): Promise<ChannelStats[]> {
    requireRole(identity, SUPERVISION, 'channelStats');
    const last = to ?? shanghaiDate(clock());
    if (last < from) throw badUserInput('to', `to (${last}) is before from (${from})`);
    return channelStats(em, from, last);
  }
}
