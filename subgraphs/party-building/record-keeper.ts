import { RecordKeeper } from '../../lib/auth/policies';

/**
 * Whose system this subgraph wraps: 银河社区 (Yinhe community) keeps the 党建 system's civil-affairs and family-planning records, so its officers and the clerks of its own
 * windows read the records, with the person themself (lib/auth/policies/personal-data.ts).
 */
export const PARTY_BUILDING_KEEPER: RecordKeeper = { system: 'party-building', departments: ['532503001L01-JWH'] };
