import { Field, Int, ObjectType } from 'type-graphql';
import { PensionPayment as PensionPaymentRecord, PensionPaymentKind as PaymentKind } from '../../../adapters/pensions';
import { DateScalar } from '../../../lib/scalars';
import { PensionPaymentKind } from '../enums';

@ObjectType({ description: 'A contribution paid in or a benefit paid out (缴费发放记录).' })
export class PensionPayment implements PensionPaymentRecord {
  @Field(() => PensionPaymentKind, { description: 'Contribution or benefit.' })
  kind!: PaymentKind;

  @Field(() => String, { description: 'The period it belongs to, yyyy-MM (期号).' })
  period!: string;

  @Field(() => Int, { description: 'The amount, in fen.' })
  amountFen!: number;

  @Field(() => DateScalar, { description: 'The day the money arrived (到账日期).' })
  paidOn!: string;
}
