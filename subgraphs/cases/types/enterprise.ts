import { Directive, Field, ObjectType } from 'type-graphql';

/** An enterprise, keyed by unified social credit code. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: 'A legal person, identified by unified social credit code.' })
export class Enterprise {
  @Field(() => String, { description: 'The 18-character unified social credit code (GB 32100).' })
  creditCode!: string;
}
