import { Field, ObjectType } from 'type-graphql';
import {
  MedicalEnrolment,
  MedicalEnrolmentStatus,
  MedicalInsuranceType,
  MedicalInsuredCategory,
} from '../../../adapters/health-insurance';
import { DateScalar } from '../../../lib/scalars';
import { HealthInsuranceStatus, HealthInsuranceType, HealthInsuredCategory } from '../enums';
import { HealthInsuranceContribution } from './health-insurance-contribution';
import { HealthInsuranceReimbursement } from './health-insurance-reimbursement';

@ObjectType({
  description: 'A person’s enrolment in the residents’ medical insurance, as the township 新农合 system holds it.',
})
export class HealthInsuranceEnrolment implements MedicalEnrolment {
  @Field(() => String, { description: 'The person number in the 新农合 system (个人编号).' })
  personNumber!: string;

  @Field(() => String, { description: 'The resident ID number the record is held under.' })
  idNumber!: string;

  @Field(() => String, { description: 'The name as the 新农合 system holds it.' })
  name!: string;

  @Field(() => HealthInsuranceType, { description: 'The current scheme.' })
  insuranceType!: MedicalInsuranceType;

  @Field(() => HealthInsuredCategory, { description: 'The person’s current category.' })
  insuredCategory!: MedicalInsuredCategory;

  @Field(() => HealthInsuranceStatus, { description: 'Whether the enrolment is in force.' })
  status!: MedicalEnrolmentStatus;

  @Field(() => String, { description: 'The pooling area’s division code (统筹区).' })
  poolingArea!: string;

  @Field(() => DateScalar, { description: 'The day the person was first enrolled.' })
  enrolledOn!: string;

  @Field(() => [HealthInsuranceContribution], { description: 'Yearly contributions, oldest first.' })
  contributions!: HealthInsuranceContribution[];

  @Field(() => [HealthInsuranceReimbursement], { description: 'Settled medical bills, oldest first.' })
  reimbursements!: HealthInsuranceReimbursement[];
}
