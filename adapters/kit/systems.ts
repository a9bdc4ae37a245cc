/**
 * The departments' self-built systems the hub wraps. The id names the system in errors
 * (`extensions.system`), logs, health reports and the doubles' registry.
 */
export const LEGACY_SYSTEMS = [
  'forestry-harvest',
  'forestry-transport',
  'forestry-land-use',
  'health-insurance',
  'pensions',
  'party-building',
  'provincial-platform',
] as const;

export type LegacySystemId = (typeof LEGACY_SYSTEMS)[number];
