import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { MedicalContribution, MedicalInsuranceType, MedicalInsuredCategory } from '../../../adapters/health-insurance';
import { HealthInsuranceType, HealthInsuredCategory } from '../enums';

@ObjectType({ description: 'One yearly contribution to the residents’ medical insurance (缴费记录).' })
export class HealthInsuranceContribution implements MedicalContribution {
  @Field(() => String, { description: 'The contribution period, yyyy-MM (缴费期号).' })
  period!: string;

  @Field(() => HealthInsuranceType, { description: 'The scheme contributed to.' })
  insuranceType!: MedicalInsuranceType;

  @Field(() => HealthInsuredCategory, { description: 'The person’s category when contributing.' })
  insuredCategory!: MedicalInsuredCategory;

  @Field(() => Int, { description: 'What the person paid, in fen (个人缴费).' })
  personalAmountFen!: number;

  @Field(() => Int, { description: 'The government subsidy, in fen (政府补助).' })
  subsidyFen!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was paid.' })
  paidAt!: string;

  @Field(() => String, { description: 'The pooling area’s division code (统筹区).' })
  poolingArea!: string;

  @Field(() => String, { description: 'The office that collected it (经办机构).' })
  operator!: string;
}
