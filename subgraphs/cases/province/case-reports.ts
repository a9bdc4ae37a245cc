import { CaseEventReport, EvaluationReport } from '../../../adapters/provincial-platform';
import { CaseEvaluation, CaseEvent } from '../entities';

/**
 * A case event as the platform takes it: numbered `sequence` (1, 2, … per case, in the order the
 * events were appended), the actor with the window it acted at.
 */
export function eventReport(caseNumber: string, sequence: number, event: CaseEvent): CaseEventReport {
  return {
    caseNumber,
    sequence,
    status: event.to,
    at: event.at,
    actor: event.windowCode ? `${event.windowCode} ${event.actor}` : event.actor,
    note: event.note,
  };
}

export function evaluationReport(caseNumber: string, evaluation: CaseEvaluation): EvaluationReport {
  return { caseNumber, level: evaluation.level, comment: evaluation.comment, at: evaluation.evaluatedAt };
}
