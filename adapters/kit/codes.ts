import { legacyBadResponse } from './errors';
import { LegacySystemId } from './systems';

export interface CodeTable<TStandard> {
  readonly system: LegacySystemId;
  readonly name: string;
  /** The standard value for a legacy code; an unknown code is LEGACY_BAD_RESPONSE naming the table. */
  toStandard(legacyCode: string | number): TStandard;
}

/**
 * A legacy system's code list mapped to the graph's standard values (e.g. 新农合 insurance type
 * `380` → `NEW_RURAL_COOPERATIVE_MEDICAL`). An unknown code is refused rather than guessed: a
 * wrong status shown at a window is worse than no status.
 */
export function createCodeTable<TStandard>(
  system: LegacySystemId,
  name: string,
  mapping: Readonly<Record<string, TStandard>>,
): CodeTable<TStandard> {
  const table = new Map(Object.entries(mapping));
  return {
    system,
    name,
    toStandard(legacyCode) {
      const key = String(legacyCode).trim();
      if (!table.has(key)) {
        throw legacyBadResponse(system, `code table ${name}`, `unknown ${name} code ${JSON.stringify(legacyCode)}`);
      }
      return table.get(key)!;
    },
  };
}
