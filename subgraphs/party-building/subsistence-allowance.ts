import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';
import { SubsistenceAllowanceStatus } from './enums';

@ObjectType({ description: '最低生活保障: a minimum living allowance case of the household the person belongs to.' })
export class SubsistenceAllowance {
  @Field(() => String, { description: '低保证号' })
  caseNumber!: string;

  @Field(() => SubsistenceAllowanceStatus, { description: '低保状态' })
  status!: keyof typeof SubsistenceAllowanceStatus;

  @Field(() => Int, { description: '月保障金: monthly allowance in fen.' })
  monthlyAmount!: number;

  @Field(() => Int, { description: '保障人口: people in the household the allowance covers.' })
  householdSize!: number;

  @Field(() => DateScalar, { description: '审批日期' })
  approvalDate!: string;
}
