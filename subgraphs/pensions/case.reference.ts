import { Case } from './types/case';

/** The gateway asks for cases by number to add this subgraph's field; the key is all it needs. */
export function resolveCaseReference(reference: Pick<Case, 'caseNumber'>): Case {
  return { caseNumber: reference.caseNumber };
}
