import { AuditSchema } from './0001-audit';

/** The audit log's migrations in the order they apply. */
export const AUDIT_MIGRATIONS = [{ name: '0001-audit', class: AuditSchema }];
