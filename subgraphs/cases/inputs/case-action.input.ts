import { Field, InputType } from 'type-graphql';
import { ImmediateOutcome } from '../enums';
import { AtWindowInput } from './at-window.input';

@InputType({ description: 'Accept a case (受理) at a window.' })
export class AcceptCaseInput extends AtWindowInput {
  @Field({ description: 'The case to accept.' })
  caseNumber!: string;
}

@InputType({ description: 'Refuse to accept a case (不予受理).' })
export class RejectCaseInput extends AtWindowInput {
  @Field({ description: 'The case to reject.' })
  caseNumber!: string;

  @Field({ description: 'Why it is not accepted; printed on the 不予受理通知书. Required.' })
  reason!: string;
}

@InputType({ description: 'A material the clerk found wanting, and why.' })
export class WantedMaterialInput {
  @Field({ description: 'The material’s code in the case’s item version.' })
  code!: string;

  @Field({ description: 'What is wrong or missing.' })
  reason!: string;
}

@InputType({ description: 'Ask the applicant for materials (补正): one notice lists everything missing.' })
export class RequestSupplementInput extends AtWindowInput {
  @Field({ description: 'The case.' })
  caseNumber!: string;

  @Field(() => [WantedMaterialInput], {
    description: 'The materials found wanting; required materials never handed in are added to the notice.',
  })
  materials!: WantedMaterialInput[];
}

@InputType({ description: 'Hand in the materials listed on a case’s open supplement notice.' })
export class SupplyMaterialsInput {
  @Field({ description: 'The case.' })
  caseNumber!: string;

  @Field(() => [String], { description: 'Codes of the materials handed in; every material on the notice is required.' })
  materials!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The clerk receiving them at a window; omitted when the applicant supplies them online.',
  })
  clerk?: string | null;

  @Field(() => String, { nullable: true, description: 'The receiving window; given together with clerk.' })
  windowCode?: string | null;
}

@InputType({ description: 'Decide an immediate item (即办件) on the spot at its department’s window.' })
export class DecideImmediatelyInput extends AtWindowInput {
  @Field({ description: 'The case.' })
  caseNumber!: string;

  @Field(() => ImmediateOutcome, { description: 'Approved or denied.' })
  outcome!: ImmediateOutcome;

  @Field(() => String, { nullable: true, description: 'Why it is denied; required for DENIED.' })
  reason?: string | null;
}
