import { resolveRecordsOf } from '../../lib/auth/policies';
import { PensionsContext } from './context';
import { PENSIONS_KEEPER } from './record-keeper';
import { Person } from './types/person';

/**
 * A Person is its key; `pension` is loaded per request in one batch by the context's loader. A
 * caller who may not read this person's pension records gets null and FORBIDDEN (no IDOR).
 */
export async function resolvePersonReference(
  reference: Pick<Person, 'idNumber'>,
  context: PensionsContext,
): Promise<Person> {
  await resolveRecordsOf(context, { type: 'Person', key: reference.idNumber }, PENSIONS_KEEPER);
  return { idNumber: reference.idNumber };
}
