import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';

@ObjectType({ description: '生育登记: a birth registration with the community’s family-planning window.' })
export class BirthRegistration {
  @Field(() => String, { description: '生育登记号' })
  registrationNumber!: string;

  @Field(() => Int, { description: '孩次: 1 for the first child.' })
  childOrder!: number;

  @Field(() => DateScalar, { description: '登记日期' })
  registrationDate!: string;
}
