import { resolveRecordsOf } from '../../lib/auth/policies';
import { HealthInsuranceContext } from './context';
import { HEALTH_INSURANCE_KEEPER } from './record-keeper';
import { Person } from './types/person';

/**
 * A Person is its key; `healthInsurance` is loaded per request in batches by the context's loader.
 * A caller who may not read this person's 新农合 records gets null and FORBIDDEN (no IDOR).
 */
export async function resolvePersonReference(
  reference: Pick<Person, 'idNumber'>,
  context: HealthInsuranceContext,
): Promise<Person> {
  await resolveRecordsOf(context, { type: 'Person', key: reference.idNumber }, HEALTH_INSURANCE_KEEPER);
  return { idNumber: reference.idNumber };
}
