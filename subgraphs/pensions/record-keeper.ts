import { RecordKeeper } from '../../lib/auth/policies';

/**
 * Whose system this subgraph wraps: 文澜镇 (Wenlan town) keeps the residents' pension system, so its officers and the clerks of its own
 * windows read the records, with the person themself (lib/auth/policies/personal-data.ts).
 */
export const PENSIONS_KEEPER: RecordKeeper = { system: 'pensions', departments: ['532503001-ZF'] };
