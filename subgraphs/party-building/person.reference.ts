import { resolveRecordsOf } from '../../lib/auth/policies';
import { PartyBuildingContext } from './context';
import { Person } from './person';
import { PARTY_BUILDING_KEEPER } from './record-keeper';

/**
 * A Person is its key: the party-building fields load (batched) when asked for. A caller who may
 * not read this person's community records gets null and FORBIDDEN (no IDOR).
 */
export async function resolvePersonReference(
  reference: Pick<Person, 'idNumber'>,
  context: PartyBuildingContext,
): Promise<Person> {
  await resolveRecordsOf(context, { type: 'Person', key: reference.idNumber }, PARTY_BUILDING_KEEPER);
  return { idNumber: reference.idNumber };
}
