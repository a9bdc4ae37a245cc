import { Person } from './types/person';

/**
 * A Person is its key: nothing to load here. Its `cases` field is batched per request by the
 * casesByIdNumber loader, so a list of people costs one query.
 */
export function resolvePersonReference(reference: Pick<Person, 'idNumber'>): Person {
  return { idNumber: reference.idNumber };
}
