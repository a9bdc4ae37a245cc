import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@key(fields: "idNumber")')
@ObjectType({
  description: 'A natural person, identified by resident ID number (一号申请); forestry adds the permits they hold.',
})
export class Person {
  @Field(() => String, { description: 'The 18-character resident ID number (GB 11643), check character upper-case.' })
  idNumber!: string;
}
