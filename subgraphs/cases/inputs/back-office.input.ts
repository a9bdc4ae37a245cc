import { Field, InputType } from 'type-graphql';
import { DeliveryMethod, DepartmentDecision, DispatchState, EvaluationLevel } from '../enums';
import { AtWindowInput } from './at-window.input';
import { WantedMaterialInput } from './case-action.input';

@InputType({
  description:
    'A deciding department’s decision, taken by its officer in the hub (for a department without a system of its own).',
})
export class RecordDepartmentDecisionInput {
  @Field({ description: 'The case.' })
  caseNumber!: string;

  @Field({ description: 'The deciding department, e.g. 532503-FGJ.' })
  departmentCode!: string;

  @Field({ description: 'The officer deciding (name or staff number).' })
  officer!: string;

  @Field(() => DepartmentDecision, { description: 'Approve, deny, or ask for materials.' })
  decision!: DepartmentDecision;

  @Field(() => String, { nullable: true, description: 'The certificate or approval number of an approval.' })
  resultNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: required for DENIED.' })
  reason?: string | null;

  @Field(() => [WantedMaterialInput], {
    nullable: true,
    description: 'The materials wanted, with reasons: required for MATERIALS_REQUESTED.',
  })
  missingMaterials?: WantedMaterialInput[] | null;
}

@InputType({ description: 'A result (or a denial’s notice) ready at the window, for an immediate item decided there.' })
export class MarkResultReadyInput extends AtWindowInput {
  @Field({ description: 'The decided case.' })
  caseNumber!: string;
}

@InputType({ description: 'Hand over a result at the window, or post it (统一窗口出件).' })
export class DeliverCaseInput extends AtWindowInput {
  @Field({ description: 'The case whose result is ready.' })
  caseNumber!: string;

  @Field(() => DeliveryMethod, { description: 'Collected at the window, or posted.' })
  method!: DeliveryMethod;

  @Field(() => String, {
    nullable: true,
    description: 'The postal tracking number: required for POST, none for PICK_UP.',
  })
  trackingNumber?: string | null;
}

@InputType({ description: 'The applicant’s evaluation (好差评) of a delivered case.' })
export class EvaluateCaseInput {
  @Field({ description: 'The delivered case.' })
  caseNumber!: string;

  @Field(() => EvaluationLevel, { description: 'One of the five levels.' })
  level!: EvaluationLevel;

  @Field(() => String, { nullable: true, description: 'What the applicant wants to say.' })
  comment?: string | null;
}

@InputType({ description: 'Which dispatch entries to list; every condition given must hold.' })
export class DispatchFilter {
  @Field(() => DispatchState, { nullable: true, description: 'Only entries in this state.' })
  state?: DispatchState | null;

  @Field(() => Boolean, { nullable: true, description: 'Only stuck (true) or not stuck (false) entries.' })
  stuck?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only entries for this department.' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the entries of this case.' })
  caseNumber?: string | null;
}
