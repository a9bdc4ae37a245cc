import { Directive, Field, ObjectType } from 'type-graphql';

/** The cases subgraph's Case, referenced by number. */
@Directive('@key(fields: "caseNumber", resolvable: false)')
@ObjectType({ description: 'An application (办件) and its way through the one-window workflow.' })
export class Case {
  @Field(() => String, {
    description: 'The case number: 532503 + submission day yyyyMMdd (Asia/Shanghai) + 6-digit daily sequence.',
  })
  caseNumber!: string;
}
