import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput } from '../../lib/errors';
import { officerOf } from './actor';
import { CasesContext } from './context';
import { Case } from './entities';
import {
  DeliverCaseInput,
  EvaluateCaseInput,
  MarkResultReadyInput,
  RecordDepartmentDecisionInput,
} from './inputs/back-office.input';
import { deliverResult, evaluateCase, markResultReady } from './services/result-delivery';

/** The back office's and the window's actions after acceptance: decisions, the result, the evaluation. */
@Resolver(() => Case)
export class BackOfficeResolver {
  @Mutation(() => Case, {
    description:
      'A deciding department’s officer records its decision in the hub, for a department with no system of its own (its dispatch says system NONE). Departments with a system decide there; the hub polls it.',
  })
  async recordDepartmentDecision(
    @Arg('input', () => RecordDepartmentDecisionInput, { description: 'The case, the department and its decision.' })
    input: RecordDepartmentDecisionInput,
    @Ctx() { backOffice, clock, identity, access }: CasesContext,
  ) {
    const officer = input.officer.trim();
    if (!officer) throw badUserInput('input.officer', 'input.officer must name the officer');
    officerOf(identity, input.departmentCode, officer);
    const decided = await backOffice.decideInHub(input.caseNumber, input.departmentCode, {
      decision: input.decision,
      resultNumber: input.resultNumber?.trim() || null,
      reason: input.reason?.trim() || null,
      missingMaterials: input.missingMaterials ?? [],
      reviewer: officer,
      decidedAt: clock(),
    });
    return access.wrote(decided);
  }

  @Mutation(() => Case, {
    description:
      'The result of an immediate item decided at the department window is ready there. (Back-office decisions make the result ready by themselves.)',
  })
  async markResultReady(
    @Arg('input', () => MarkResultReadyInput, { description: 'The case, the clerk and the window.' })
    input: MarkResultReadyInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await markResultReady(workflow, input.caseNumber, input));
  }

  @Mutation(() => Case, {
    description:
      'Hand over the result (统一窗口出件) at the window that accepted the case: collected, or posted with its tracking number.',
  })
  async deliverCase(
    @Arg('input', () => DeliverCaseInput, { description: 'The case, how it leaves, the clerk and the window.' })
    input: DeliverCaseInput,
    @Ctx() { workflow, access }: CasesContext,
  ) {
    return access.wrote(await deliverResult(workflow, input.caseNumber, input, input.method, input.trackingNumber));
  }

  @Mutation(() => Case, {
    description:
      'The applicant evaluates a delivered case (好差评), once. A bad review is flagged for a call-back within 15 working days.',
  })
  async evaluateCase(
    @Arg('input', () => EvaluateCaseInput, { description: 'The case and the evaluation.' })
    input: EvaluateCaseInput,
    @Ctx() { workflow, catalogue, access }: CasesContext,
  ) {
    return access.wrote(await evaluateCase(workflow, catalogue, input.caseNumber, input.level, input.comment));
  }
}
