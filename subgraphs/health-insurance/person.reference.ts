import { Person } from './types/person';

/** A Person is its key; `healthInsurance` is loaded per request in batches by the context's loader. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>): Person {
  return { idNumber: reference.idNumber };
}
