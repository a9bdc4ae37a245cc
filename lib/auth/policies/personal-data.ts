import { forbidden } from '../../errors';
import { hasRole, Identity } from '../identity';
import { requireIdentity } from './roles';

/** Whose data: a person by resident ID, an enterprise by unified social credit code. */
export interface DataSubject {
  type: 'Person' | 'Enterprise';
  key: string;
}

/** A department's legacy system that keeps records of people and enterprises. */
export interface RecordKeeper {
  /** The legacy system, as the audit log names it (`health-insurance`, `forestry-harvest`…). */
  system: string;
  /** The departments whose system it is: their officers, and clerks of their own windows, read it. */
  departments: readonly string[];
}

/** Whether the caller is the person or enterprise itself (a CITIZEN token whose subject is the key). */
export function isDataSubject(identity: Identity | null, subject: DataSubject): boolean {
  return hasRole(identity, 'CITIZEN') && identity!.subject.toUpperCase() === subject.key.toUpperCase();
}

/** Whether the caller belongs to one of the departments (an officer, or a clerk at its own window). */
export function belongsTo(identity: Identity | null, departments: readonly string[]): boolean {
  return (
    hasRole(identity, 'DEPARTMENT_OFFICER', 'WINDOW_CLERK') &&
    identity!.departmentCode !== undefined &&
    departments.includes(identity!.departmentCode)
  );
}

const REFUSED = { Person: 'this person’s', Enterprise: 'this enterprise’s' } as const;

/**
 * Who may read what a department's system keeps about a person or an enterprise: the subject
 * themself, the keeping department (its officers and the clerks of its own windows) and the hub's
 * own services. Nobody else — a comprehensive-window clerk reads the case, not the pension file.
 * UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; the message never repeats the key.
 */
export function assertMayReadRecords(identity: Identity | null, subject: DataSubject, keeper: RecordKeeper): Identity {
  const caller = requireIdentity(identity);
  if (hasRole(caller, 'SYSTEM') || isDataSubject(caller, subject) || belongsTo(caller, keeper.departments)) {
    return caller;
  }
  const reason = hasRole(caller, 'CITIZEN') ? 'NOT_THE_SUBJECT' : 'NOT_THE_KEEPER';
  throw forbidden(`You may not read ${REFUSED[subject.type]} ${keeper.system} records`, reason, {
    system: keeper.system,
  });
}

/**
 * Who may read a department system's record of a dispatched case (its status, reviewer, result):
 * the keeping department, supervisors, and the hub. The department subgraph does not know the
 * case's applicant or window, so citizens and clerks follow the case's own status in the cases
 * subgraph (`Case.reviews`, `Case.events`) rather than here.
 */
export function assertMayReadCaseRecord(identity: Identity | null, keeper: RecordKeeper): Identity {
  const caller = requireIdentity(identity);
  if (hasRole(caller, 'SYSTEM', 'SUPERVISOR') || belongsTo(caller, keeper.departments)) return caller;
  throw forbidden(`Only its department reads a case’s ${keeper.system} record`, 'NOT_THE_KEEPER', {
    system: keeper.system,
  });
}
