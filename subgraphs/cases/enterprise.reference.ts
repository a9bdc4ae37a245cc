import { CasesContext } from './context';
import { Enterprise } from './types/enterprise';

/** An Enterprise is its key, seen by whom may see it; its `cases` field is batched by casesByCreditCode. */
export async function resolveEnterpriseReference(
  reference: Pick<Enterprise, 'creditCode'>,
  { access }: CasesContext,
): Promise<Enterprise> {
  await access.assertMayReadSubject({ type: 'Enterprise', key: reference.creditCode });
  return { creditCode: reference.creditCode };
}
