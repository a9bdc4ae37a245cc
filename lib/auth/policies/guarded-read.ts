import { GraphQLError } from 'graphql';
import { AuditTrail } from '../../audit/trail';
import { Identity } from '../identity';
import { assertCreditCode, assertResidentId } from '../../identity';
import { assertMayReadRecords, DataSubject, RecordKeeper } from './personal-data';

/** What a subgraph's context offers to guard and record access to personal data. */
export interface PersonalDataAccess {
  identity: Identity | null;
  audit: AuditTrail;
}

const isForbidden = (error: unknown) => error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN';

/**
 * Runs a policy check about `subject`'s data and, when it refuses (FORBIDDEN), records the attempt
 * as REFUSED before rethrowing: the audit log shows probes as well as reads.
 */
export async function refuseUnless(
  access: PersonalDataAccess,
  subject: DataSubject,
  fields: string[],
  system: string | null,
  check: () => unknown,
): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (isForbidden(error)) access.audit.refused(subject, fields, system);
    throw error;
  }
}

/**
 * Checks a read of `fields` of `subject`'s data and records it: READ when allowed, REFUSED (and
 * the FORBIDDEN rethrown) when not. Every read of personal data in a resolver goes through here,
 * so none is served unchecked or unrecorded.
 */
export async function guardRead(
  access: PersonalDataAccess,
  subject: DataSubject,
  fields: string[],
  system: string | null,
  check: () => unknown,
): Promise<void> {
  await refuseUnless(access, subject, fields, system, check);
  access.audit.read(subject, fields, system);
}

/** A department subgraph's read of one field of what its system keeps about a person or enterprise. */
export function readRecords(
  access: PersonalDataAccess,
  subject: DataSubject,
  keeper: RecordKeeper,
  field: string,
): Promise<void> {
  return guardRead(access, subject, [field], keeper.system, () =>
    assertMayReadRecords(access.identity, subject, keeper),
  );
}

/**
 * A department subgraph's `_entities` lookup of a person or enterprise: refused as a whole (the
 * entity null, FORBIDDEN beside it) for a caller who may read none of its fields here. The fields
 * themselves record their reads.
 */
export function resolveRecordsOf(
  access: PersonalDataAccess,
  subject: DataSubject,
  keeper: RecordKeeper,
): Promise<void> {
  assertKeyOf(subject);
  return refuseUnless(access, subject, ['_entities'], keeper.system, () =>
    assertMayReadRecords(access.identity, subject, keeper),
  );
}

/**
 * An entity representation's key, checked like any argument (a hand-made `_entities` call is a
 * request too): BAD_USER_INPUT naming it, before any policy or system is asked.
 */
export function assertKeyOf(subject: DataSubject): void {
  if (subject.type === 'Person') assertResidentId(subject.key, 'representations.idNumber');
  else assertCreditCode(subject.key, 'representations.creditCode');
}
