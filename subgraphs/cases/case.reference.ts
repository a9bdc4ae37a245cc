import { CasesContext } from './context';
import { Case } from './entities';

/**
 * The gateway asks for cases by number (department subgraphs extend Case); batched per request,
 * and each checked like the `case` field: FORBIDDEN for a case the caller may not read.
 */
export async function resolveCaseReference(
  reference: Pick<Case, 'caseNumber'>,
  { loaders, access }: CasesContext,
): Promise<Case | null> {
  return access.read(await loaders.caseByNumber.load(reference.caseNumber));
}
