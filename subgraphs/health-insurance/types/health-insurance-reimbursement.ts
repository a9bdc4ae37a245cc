import { Field, Int, ObjectType } from 'type-graphql';
import { MedicalReimbursement } from '../../../adapters/health-insurance';
import { DateScalar } from '../../../lib/scalars';

@ObjectType({ description: 'A settled medical bill: what the care cost and what the pooled fund paid (结算记录).' })
export class HealthInsuranceReimbursement implements MedicalReimbursement {
  @Field(() => String, { description: 'The settlement number (结算单号).' })
  settlementNumber!: string;

  @Field(() => String, { description: 'Where the care was given.' })
  hospital!: string;

  @Field(() => DateScalar, { description: 'Admission (or visit) day.' })
  admittedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Discharge day; null for outpatient care.' })
  dischargedOn!: string | null;

  @Field(() => Int, { description: 'Total cost, in fen (总费用).' })
  totalCostFen!: number;

  @Field(() => Int, { description: 'Paid by the pooled fund, in fen (统筹基金支付).' })
  fundPaidFen!: number;

  @Field(() => DateScalar, { description: 'Settlement day.' })
  settledOn!: string;
}
