import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badUserInput, hubError } from '../../../lib/errors';
import { shanghaiDate } from '../../../lib/scalars';
import { hasRole } from '../../../lib/auth/identity';
import { ClerkAtWindow } from '../actor';
import { applicantOf } from '../policies/case-access';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { Case, CaseEvaluation } from '../entities';
import { DeliveryMethod, EvaluationLevel } from '../enums';
import { CaseStatus } from '../workflow';
import { CaseWorkflow } from './case-workflow';

/** 不满意 and 非常不满意: the hall calls the applicant back and puts it right (one city's rule: 15 working days). */
const BAD_REVIEWS: readonly EvaluationLevel[] = [EvaluationLevel.DISSATISFIED, EvaluationLevel.VERY_DISSATISFIED];
export const CALL_BACK_WORKING_DAYS = 15;

/**
 * 统一窗口出件: results leave through the window that accepted the case (any window, for a case
 * received online and decided at a department window), collected or posted.
 */
export async function deliverResult(
  workflow: CaseWorkflow,
  caseNumber: string,
  at: ClerkAtWindow,
  method: DeliveryMethod,
  trackingNumber: string | null | undefined,
): Promise<Case> {
  const tracking = trackingNumber?.trim() || null;
  if (method === DeliveryMethod.POST && !tracking)
    throw badUserInput('input.trackingNumber', 'A posted result needs its tracking number');
  if (method === DeliveryMethod.PICK_UP && tracking)
    throw badUserInput('input.trackingNumber', 'A result collected at the window has no tracking number');
  const kase = await workflow.load(caseNumber);
  const { actor, window } = await workflow.clerk(at);
  if (kase.windowCode && kase.windowCode !== window.code) {
    throw hubError('NOT_AUTHORISED_AT_WINDOW', `The result of ${caseNumber} leaves through window ${kase.windowCode}`, {
      windowCode: window.code,
      itemCode: kase.itemCode,
    });
  }
  const note = method === DeliveryMethod.POST ? `posted, tracking number ${tracking}` : 'collected at the window';
  return workflow.commit(caseNumber, CaseStatus.DELIVERED, actor, note, (delivered) => {
    Object.assign(delivered, { deliveredAt: workflow.now(), deliveryMethod: method, trackingNumber: tracking });
  });
}

/** The result of an immediate item, decided at the department window, is ready there. */
export async function markResultReady(workflow: CaseWorkflow, caseNumber: string, at: ClerkAtWindow): Promise<Case> {
  const kase = await workflow.load(caseNumber);
  const { actor, window } = await workflow.clerk(at);
  await workflow.assertHandles(kase, window);
  return workflow.commit(caseNumber, CaseStatus.RESULT_READY, actor, 'result ready for collection');
}

/**
 * 好差评: once per case, after delivery. A bad review is flagged for a call-back with the day it
 * must be put right by. Not yet delivered, or evaluated before: CONFLICT (nothing written).
 */
export async function evaluateCase(
  workflow: CaseWorkflow,
  catalogue: CatalogueClient,
  caseNumber: string,
  level: EvaluationLevel,
  comment: string | null | undefined,
): Promise<Case> {
  const { em } = workflow;
  const kase = await workflow.load(caseNumber);
  // the applicant, or a hall evaluation pad (TERMINAL) they use
  if (!hasRole(workflow.identity, 'TERMINAL')) workflow.asApplicant(applicantOf(kase));
  if (kase.status !== CaseStatus.DELIVERED) {
    throw hubError('CONFLICT', `Case ${caseNumber} can be evaluated once it is delivered; it is ${kase.status}`, {
      caseNumber,
      reason: 'NOT_DELIVERED',
    });
  }
  const alreadyEvaluated = () =>
    hubError('CONFLICT', `Case ${caseNumber} was already evaluated`, { caseNumber, reason: 'ALREADY_EVALUATED' });
  if (await em.findOne(CaseEvaluation, { case: kase })) throw alreadyEvaluated();
  const now = workflow.now();
  const needsCallBack = BAD_REVIEWS.includes(level);
  const callBackDue = needsCallBack
    ? (await catalogue.deadline(shanghaiDate(now), CALL_BACK_WORKING_DAYS)).dueDate
    : null;
  try {
    await em.transactional(async (tx) => {
      tx.create(CaseEvaluation, {
        case: kase,
        level,
        comment: comment?.trim() || null,
        evaluatedAt: now,
        needsCallBack,
        callBackDue,
      });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw alreadyEvaluated();
    throw error;
  }
  return kase;
}
