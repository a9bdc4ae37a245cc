import { RecordKeeper } from '../../lib/auth/policies';

/** The forestry bureau (市林业局) keeps all three systems: its officers and own windows read them. */
const FORESTRY_BUREAU = ['532503-LYJ'];

/** Each forestry system as the audit log names it, and whose it is. */
export const FORESTRY_KEEPERS = {
  harvest: { system: 'forestry-harvest', departments: FORESTRY_BUREAU },
  transport: { system: 'forestry-transport', departments: FORESTRY_BUREAU },
  landUse: { system: 'forestry-land-use', departments: FORESTRY_BUREAU },
} satisfies Record<string, RecordKeeper>;

/** The three together, for checks made before knowing which system will be read (entities, `forestryPermits`). */
export const FORESTRY_KEEPER: RecordKeeper = { system: 'forestry', departments: FORESTRY_BUREAU };
