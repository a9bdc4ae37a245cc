import { Field, Int, ObjectType } from 'type-graphql';
import { PensionAccountRecord, PensionStatus as Status } from '../../../adapters/pensions';
import { PensionStatus } from '../enums';
import { PensionPayment } from './pension-payment';

@ObjectType({
  description: 'A person’s residents’ pension account (城乡居民基本养老保险), as the pension system holds it.',
})
export class PensionAccount implements PensionAccountRecord {
  @Field(() => String, { description: 'The personal number in the pension system (个人编号).' })
  personalNumber!: string;

  @Field(() => String, { description: 'The resident ID number the account is held under.' })
  idNumber!: string;

  @Field(() => String, { description: 'The name as the pension system holds it.' })
  name!: string;

  @Field(() => PensionStatus, { description: 'Contributing, receiving a benefit, or suspended.' })
  status!: Status;

  @Field(() => Int, {
    nullable: true,
    description: 'The yearly contribution grade, 1 (¥200) to 12 (¥3000); null when no longer contributing.',
  })
  grade!: number | null;

  @Field(() => Int, { nullable: true, description: 'The monthly benefit, in fen; null unless a benefit is paid.' })
  monthlyBenefitFen!: number | null;

  @Field(() => String, { nullable: true, description: 'The bank the benefit is paid into.' })
  bankName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The bank account, masked to its first six and last four digits.',
  })
  bankAccountMasked!: string | null;

  @Field(() => [PensionPayment], { description: 'Contributions and benefit payments, oldest first.' })
  payments!: PensionPayment[];
}
