import { RecordKeeper } from '../../lib/auth/policies';

/**
 * Whose system this subgraph wraps: 文澜镇 (Wenlan town) keeps the 新农合 system, so its officers and the clerks of its own
 * windows read the records, with the person themself (lib/auth/policies/personal-data.ts).
 */
export const HEALTH_INSURANCE_KEEPER: RecordKeeper = { system: 'health-insurance', departments: ['532503001-ZF'] };
