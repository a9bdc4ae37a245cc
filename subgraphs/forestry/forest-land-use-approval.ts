import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';
import { ForestLandUseApprovalStatus, ForestLandUseType } from './enums';

@ObjectType({
  description: '使用林地审核: an approval to use forest land for another purpose, from the land-use system.',
})
export class ForestLandUseApproval {
  @Field(() => String, { description: '审核文号, e.g. LD2018-0001.' })
  approvalNumber!: string;

  @Field(() => String, { description: 'Resident ID number or credit code of the applicant.' })
  applicantId!: string;

  @Field(() => String, { description: 'Name of the applicant, rare characters included (GB18030 decoded).' })
  applicantName!: string;

  @Field(() => String, { description: '项目名称' })
  projectName!: string;

  @Field(() => String, { description: '林地地点' })
  location!: string;

  @Field(() => Int, { description: '使用林地面积 in square metres (the system writes hectares).' })
  area!: number;

  @Field(() => ForestLandUseType, { description: '用地性质' })
  landUseType!: keyof typeof ForestLandUseType;

  @Field(() => Int, { description: '植被恢复费 (vegetation restoration fee) in fen.' })
  vegetationRestorationFee!: number;

  @Field(() => DateScalar, { description: '审核日期' })
  approvalDate!: string;

  @Field(() => ForestLandUseApprovalStatus, { description: '状态' })
  status!: keyof typeof ForestLandUseApprovalStatus;
}
