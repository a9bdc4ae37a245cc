import { LegacyFormatError } from '../kit';

/**
 * The forestry department's systems write timber volume as cubic metres with three decimals and
 * land area as hectares with up to four. The hub keeps both as exact integers instead (never a
 * float, as with money in fen): volume in cubic decimetres (litres, 1 m³ = 1000), area in square
 * metres (1 ha = 10 000 m²). Shared by the harvest and transport adapters, which speak the same units.
 */
function decimalToInteger(what: string, value: string, places: number): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match || (match[2] ?? '').length > places) throw new LegacyFormatError(what, value);
  const integer = Number(match[1]) * 10 ** places + Number((match[2] ?? '').padEnd(places, '0'));
  if (!Number.isSafeInteger(integer)) throw new LegacyFormatError(what, value);
  return integer;
}

/** `'45.600'` (m³) → `45600` (dm³). */
export const cubicMetresToLitres = (value: string) => decimalToInteger('volume in cubic metres', value, 3);

/** `'2.4000'` (ha) → `24000` (m²). */
export const hectaresToSquareMetres = (value: string) => decimalToInteger('area in hectares', value, 4);
