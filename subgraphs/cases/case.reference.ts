import { CasesContext } from './context';
import { Case } from './entities';

/** The gateway asks for cases by number (department subgraphs extend Case); batched per request. */
export function resolveCaseReference(
  reference: Pick<Case, 'caseNumber'>,
  { loaders }: CasesContext,
): Promise<Case | null> {
  return loaders.caseByNumber.load(reference.caseNumber);
}
