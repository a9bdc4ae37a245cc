import { Directive, Field, ObjectType } from 'type-graphql';

/** A person, by resident ID: the cases subgraph adds `cases`, the departments their records. */
@Directive('@key(fields: "idNumber", resolvable: false)')
@ObjectType({ description: 'A natural person, identified by resident ID number (一号申请).' })
export class Person {
  @Field(() => String, { description: 'The 18-character resident ID number (GB 11643), check character upper-case.' })
  idNumber!: string;
}
