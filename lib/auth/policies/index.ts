/**
 * The shared authorisation rules every subgraph applies, beside its own (next to its resolvers):
 * who holds which role, who may read a person's or an enterprise's records, and the guard that
 * checks a read and records it in the audit trail.
 */
export * from './data-subject';
export * from './guarded-read';
export * from './personal-data';
export * from './roles';
