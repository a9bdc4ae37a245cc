import { resolveRecordsOf } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { Person } from './person';
import { FORESTRY_KEEPER } from './record-keeper';

/** A Person is its key: the forestry fields load (batched) when asked for, by whom may read them. */
export async function resolvePersonReference(
  reference: Pick<Person, 'idNumber'>,
  context: ForestryContext,
): Promise<Person> {
  await resolveRecordsOf(context, { type: 'Person', key: reference.idNumber }, FORESTRY_KEEPER);
  return { idNumber: reference.idNumber };
}
