import { Person } from './person';

/** A Person is its key: the party-building fields load (batched) when asked for. */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>): Person {
  return { idNumber: reference.idNumber };
}
