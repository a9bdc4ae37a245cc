import { Person } from './types/person';

/** A Person is its key; `pension` is loaded per request in one batch by the context's loader. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>): Person {
  return { idNumber: reference.idNumber };
}
