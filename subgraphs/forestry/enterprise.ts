import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@key(fields: "creditCode")')
@ObjectType({
  description: 'An enterprise, identified by unified social credit code; forestry adds the permits it holds.',
})
export class Enterprise {
  @Field(() => String, { description: 'The 18-character unified social credit code (GB 32100).' })
  creditCode!: string;
}
