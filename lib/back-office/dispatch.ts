import { Directive, Field, InputType, ObjectType } from 'type-graphql';

/*
 * The service-to-service contract between the cases dispatcher and the department subgraphs:
 * `@inaccessible`, so the gateway never shows it to clients; the dispatcher calls each
 * department subgraph directly. Every department subgraph declares the same types and fields.
 */

@Directive('@inaccessible')
@InputType({ description: 'Who applied, as the case records them.' })
export class DispatchedApplicantInput {
  @Field({ description: 'PERSON or ENTERPRISE.' })
  type!: 'PERSON' | 'ENTERPRISE';

  @Field({ description: 'The person’s or enterprise’s name.' })
  name!: string;

  @Field({ description: 'The resident ID number of a person, the credit code of an enterprise.' })
  idNumber!: string;
}

@Directive('@inaccessible')
@InputType({ description: 'A case the cases service dispatches to a department’s system.' })
export class DispatchedCaseInput {
  @Field({ description: 'The case number: the external reference the system registers it under.' })
  caseNumber!: string;

  @Field({
    description: 'The deciding system, as the catalogue names it (FORESTRY_HARVEST, HEALTH_INSURANCE…).',
  })
  system!: string;

  @Field({ description: 'The service item’s code.' })
  itemCode!: string;

  @Field({ description: 'The service item’s name, in the version the case pinned.' })
  itemName!: string;

  @Field(() => DispatchedApplicantInput, { description: 'Who applied.' })
  applicant!: DispatchedApplicantInput;

  @Field({ description: 'ISO 8601 instant the case was accepted at the window.' })
  acceptedAt!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd: the last day of the promised time limit.' })
  dueDate?: string | null;

  @Field(() => [String], { description: 'Names of the materials the window received.' })
  materials!: string[];
}

@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({ description: 'What a department’s system answered to a dispatched case.' })
export class DispatchReceipt {
  @Field({ description: 'The case number.' })
  caseNumber!: string;

  @Field({ description: 'The system’s own application number for it.' })
  recordNumber!: string;

  @Field({ description: 'True when the system already held the case: nothing new was created.' })
  duplicate!: boolean;
}
