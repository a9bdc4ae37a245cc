import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CasesContext } from './context';
import { Case } from './entities';
import {
  AcceptCaseInput,
  DecideImmediatelyInput,
  RejectCaseInput,
  RequestSupplementInput,
  SupplyMaterialsInput,
} from './inputs/case-action.input';
import { SubmitApplicationInput } from './inputs/submit-application.input';
import { badUserInput } from '../../lib/errors';

/** The window's actions on a case; each is one transition of the workflow. */
@Resolver(() => Case)
export class CaseWorkflowResolver {
  @Mutation(() => Case, {
    description:
      'Submit an application. Idempotent: the same idempotencyKey always returns the same case. Required materials missing send the case to NEEDS_SUPPLEMENT with one notice listing them all.',
  })
  async submitApplication(
    @Arg('input', () => SubmitApplicationInput, {
      description: 'The application: item, applicant, materials and an idempotency key.',
    })
    input: SubmitApplicationInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await workflow.submit(input));
  }

  @Mutation(() => Case, {
    description:
      'Accept a promised case (受理) at a window: a comprehensive window only for items authorised to it, a department window only for its own items. Sets the due date in working days.',
  })
  async acceptCase(
    @Arg('input', () => AcceptCaseInput, {
      description: 'Which case to accept, and the clerk and window accepting it.',
    })
    input: AcceptCaseInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await workflow.accept(input.caseNumber, input));
  }

  @Mutation(() => Case, { description: 'Ask for materials (补正): one notice lists everything missing, with reasons.' })
  async requestSupplement(
    @Arg('input', () => RequestSupplementInput, { description: 'Which case, the materials still missing and why.' })
    input: RequestSupplementInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await workflow.requestSupplement(input.caseNumber, input, input.materials));
  }

  @Mutation(() => Case, {
    description:
      'Hand in the materials of the open supplement notice; the case returns to where the notice was issued.',
  })
  async supplyMaterials(
    @Arg('input', () => SupplyMaterialsInput, { description: 'Which case, and the materials now supplied.' })
    input: SupplyMaterialsInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    if (Boolean(input.clerk) !== Boolean(input.windowCode)) {
      throw badUserInput(input.clerk ? 'input.windowCode' : 'input.clerk', 'clerk and windowCode are given together');
    }
    const at = input.clerk && input.windowCode ? { clerk: input.clerk, windowCode: input.windowCode } : null;
    return access.wrote(await workflow.supplyMaterials(input.caseNumber, input.materials, at));
  }

  @Mutation(() => Case, { description: 'Refuse to accept a case (不予受理); the reason is required.' })
  async rejectCase(
    @Arg('input', () => RejectCaseInput, {
      description: 'Which case to reject, and the reason (stated on the 不予受理 notice).',
    })
    input: RejectCaseInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await workflow.reject(input.caseNumber, input, input.reason));
  }

  @Mutation(() => Case, {
    description: 'Accept and decide an immediate item (即办件) in one step at its department’s own window.',
  })
  async decideImmediately(
    @Arg('input', () => DecideImmediatelyInput, {
      description: 'Which immediate case, the decision, and the department window deciding it.',
    })
    input: DecideImmediatelyInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await workflow.decideImmediately(input.caseNumber, input, input.outcome, input.reason));
  }
}
