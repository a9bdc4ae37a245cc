import { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import {
  Case,
  CaseDepartment,
  CaseEvaluation,
  CaseEvent,
  CaseMaterial,
  DispatchEntry,
  SupplementNotice,
} from './entities';

/** Groups `rows` under the keys asked for, in the order asked; keys without rows get []. */
function groupedLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string | null) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Per-request batching: a page of cases asks for its events, materials, notices and departments
 * in one query each, and the gateway's entity references for many people in one query.
 */
export function createLoaders(em: EntityManager) {
  const byCase = <T extends { case: Case }>(entity: new () => T) =>
    groupedLoader<T>(
      (caseNumbers) => em.find(entity, { case: { $in: caseNumbers } } as never, { orderBy: { id: 'asc' } as never }),
      (row) => row.case.caseNumber,
    );
  return {
    caseByNumber: new DataLoader<string, Case | null>(async (caseNumbers) => {
      const cases = await em.find(Case, { caseNumber: { $in: [...caseNumbers] } });
      return caseNumbers.map((caseNumber) => cases.find((kase) => kase.caseNumber === caseNumber) ?? null);
    }),
    eventsByCase: byCase(CaseEvent),
    materialsByCase: byCase(CaseMaterial),
    noticesByCase: byCase(SupplementNotice),
    departmentsByCase: byCase(CaseDepartment),
    dispatchesByCase: byCase(DispatchEntry),
    evaluationByCase: new DataLoader<string, CaseEvaluation | null>(async (caseNumbers) => {
      const evaluations = await em.find(CaseEvaluation, { case: { $in: [...caseNumbers] } });
      return caseNumbers.map((caseNumber) => evaluations.find((each) => each.case.caseNumber === caseNumber) ?? null);
    }),
    casesByIdNumber: groupedLoader(
      (idNumbers) => em.find(Case, { applicantIdNumber: { $in: idNumbers } }, { orderBy: { caseNumber: 'asc' } }),
      (kase) => kase.applicantIdNumber,
    ),
    casesByCreditCode: groupedLoader(
      (creditCodes) => em.find(Case, { applicantCreditCode: { $in: creditCodes } }, { orderBy: { caseNumber: 'asc' } }),
      (kase) => kase.applicantCreditCode,
    ),
  };
}

export type CaseLoaders = ReturnType<typeof createLoaders>;
