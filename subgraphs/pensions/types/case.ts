import { Directive, Field, ObjectType } from 'type-graphql';

/** The cases subgraph's Case: this subgraph adds its system's view to it. Descriptions are the owner's. */
@Directive('@key(fields: "caseNumber")')
@ObjectType({ description: 'An application (办件) and its way through the one-window workflow.' })
export class Case {
  @Field({ description: 'The case number: 532503 + submission day yyyyMMdd (Asia/Shanghai) + 6-digit daily sequence.' })
  caseNumber!: string;
}
