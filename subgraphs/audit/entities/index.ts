import { AuditRecord } from './audit-record';

export { AuditRecord };

export const AUDIT_ENTITIES = [AuditRecord];
