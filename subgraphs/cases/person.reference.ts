import { CasesContext } from './context';
import { Person } from './types/person';

/**
 * A Person is its key: nothing to load, but the caller must be allowed to see them (the person
 * themself, or someone handling one of their cases). Its `cases` field is batched per request.
 */
export async function resolvePersonReference(
  reference: Pick<Person, 'idNumber'>,
  { access }: CasesContext,
): Promise<Person> {
  await access.assertMayReadSubject({ type: 'Person', key: reference.idNumber });
  return { idNumber: reference.idNumber };
}
