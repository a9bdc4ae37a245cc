import { Directive, Field, ObjectType } from 'type-graphql';

/** A person, keyed by resident ID number; this subgraph adds their pension account. */
@Directive('@key(fields: "idNumber")')
@ObjectType({ description: 'A natural person, identified by resident ID number (一号申请).' })
export class Person {
  @Field(() => String, { description: 'The 18-character resident ID number (GB 11643), check character upper-case.' })
  idNumber!: string;
}
