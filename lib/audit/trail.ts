import type { Request } from 'express';
import { Identity } from '../auth/identity';
import { DataSubject } from '../auth/policies/personal-data';
import { currentRequestId } from '../request-context';
import { AuditAction, auditEntry, AuditRequest, operationHash } from './entry';
import { AuditSpool } from './spool';

/**
 * One request's audit trail: resolvers say what personal data they read or wrote, and each
 * distinct access becomes one entry in the service's spool at once (before the data is returned).
 */
export class AuditTrail {
  private readonly recorded = new Set<string>();

  constructor(
    readonly request: AuditRequest,
    private readonly spool: AuditSpool,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  read(subject: DataSubject, fields: string[], system: string | null = null): void {
    this.record('READ', subject, fields, system);
  }

  wrote(subject: DataSubject, fields: string[], system: string | null = null): void {
    this.record('WRITE', subject, fields, system);
  }

  refused(subject: DataSubject, fields: string[], system: string | null = null): void {
    this.record('REFUSED', subject, fields, system);
  }

  private record(action: AuditAction, subject: DataSubject, fields: string[], system: string | null) {
    const key = [action, subject.type, subject.key, system, ...fields].join('|');
    if (this.recorded.has(key)) return;
    this.recorded.add(key);
    this.spool.append([auditEntry(this.request, action, subject, fields, system, this.clock())]);
  }
}

/** What a subgraph's context knows of the request for its audit entries. */
export function auditRequestOf(service: string, req: Request | undefined, identity: Identity | null): AuditRequest {
  const body = req?.body as { query?: unknown } | undefined;
  return {
    service,
    identity,
    requestId: currentRequestId() ?? null,
    operationHash: operationHash(typeof body?.query === 'string' ? body.query : undefined),
  };
}
