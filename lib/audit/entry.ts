import { createHash } from 'node:crypto';
import { v7 as timeOrderedUuid } from 'uuid';
import { Identity } from '../auth/identity';
import { DataSubject } from '../auth/policies/personal-data';

/** READ and WRITE happened; REFUSED was attempted and refused (FORBIDDEN), kept as evidence too. */
export type AuditAction = 'READ' | 'WRITE' | 'REFUSED';

/**
 * One access to a person's or an enterprise's data, as a subgraph records it: who (subject and
 * roles), what (entity, key, fields, legacy system), when, in which request and operation.
 * The key is stored in full here (the audit log is where it must be found); ordinary logs mask it.
 */
export interface AuditEntry {
  /**
   * Chosen by the recording service, so a batch sent twice is stored once. Time-ordered (UUIDv7):
   * the audit log's unique index on it then grows at its end, as the log itself does. Random ids
   * sent every batch to pages all over the index, and the cost of storing an entry grew with the
   * log (SQLite, batches of 200: 49 → 95 µs per entry from 20k to 120k rows; time-ordered 34 → 51).
   */
  id: string;
  /** ISO 8601 instant of the access. */
  at: string;
  /** The subgraph that served it. */
  service: string;
  requestId: string | null;
  /** The caller's subject (resident ID, staff number, device id…); null when anonymous. */
  subject: string | null;
  /** The caller's roles, comma-separated (`WINDOW_CLERK`); null when anonymous. */
  roles: string | null;
  action: AuditAction;
  entityType: DataSubject['type'];
  entityKey: string;
  /** The fields read or written, in the graph's words (`healthInsurance`, `cases`…). */
  fields: string[];
  /** The legacy system the data came from or went to; null for the hub's own database. */
  system: string | null;
  /** SHA-256 (hex) of the GraphQL operation the subgraph executed. */
  operationHash: string | null;
}

/** SHA-256 of an operation's text: the same document always hashes the same. */
export function operationHash(query: string | undefined): string | null {
  return query ? createHash('sha256').update(query, 'utf8').digest('hex') : null;
}

/** Who asked and in which request: what every entry of one request shares. */
export interface AuditRequest {
  service: string;
  identity: Identity | null;
  requestId: string | null;
  operationHash: string | null;
}

export function auditEntry(
  request: AuditRequest,
  action: AuditAction,
  subject: DataSubject,
  fields: string[],
  system: string | null,
  at: Date,
): AuditEntry {
  return {
    id: timeOrderedUuid(),
    at: at.toISOString(),
    service: request.service,
    requestId: request.requestId,
    subject: request.identity?.subject ?? null,
    roles: request.identity ? request.identity.roles.join(',') : null,
    action,
    entityType: subject.type,
    // a probe's key is kept as sent, but never so long that it could not be stored
    entityKey: subject.key.slice(0, 64),
    fields,
    system,
    operationHash: request.operationHash,
  };
}
