import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** The fee element of an item's guide. Money is integer fen, never a float. */
@ObjectType({ description: 'What an item costs the applicant.' })
@Embeddable()
export class Fee {
  @Field(() => Boolean, { description: 'Whether a fee is charged at all.' })
  @Property({ type: 'boolean' })
  charged: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Fixed amount in fen (分); null when free or when the amount depends on the application (see note).',
  })
  @Property({ type: 'integer', nullable: true })
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'Legal basis for charging (收费依据); null when free.' })
  @Property({ type: 'text', nullable: true })
  basis?: string | null;

  @Field(() => String, { description: 'How the fee is worked out, or 不收费.' })
  @Property({ type: 'text' })
  note: string;
}
