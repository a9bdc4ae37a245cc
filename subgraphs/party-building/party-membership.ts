import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';
import { PartyMemberStatus } from './enums';

@ObjectType({
  description: 'Membership of the Communist Party of China, as the organisation department’s 党建 system records it.',
})
export class PartyMembership {
  @Field(() => String, { description: '党支部代码' })
  branchCode!: string;

  @Field(() => String, { description: '党支部名称, e.g. 中共蒙自市文澜镇银河社区支部委员会.' })
  branchName!: string;

  @Field(() => DateScalar, { description: '入党日期' })
  joiningDate!: string;

  @Field(() => PartyMemberStatus, { description: '党员类型' })
  status!: keyof typeof PartyMemberStatus;

  @Field(() => Int, { description: 'The year `duesPaid` covers.' })
  duesYear!: number;

  @Field(() => Int, { description: '党费 paid in `duesYear`, in fen.' })
  duesPaid!: number;
}
