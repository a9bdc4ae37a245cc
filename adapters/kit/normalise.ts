/**
 * Legacy dates, instants and money into the graph's forms: ISO dates in Asia/Shanghai, integer fen.
 * Legacy values that do not parse throw a LegacyFormatError; read inside a legacy call, the caller
 * turns it into LEGACY_BAD_RESPONSE.
 */
import { isIsoDate } from '../../lib/scalars';

/** A legacy value that is not in any form the adapter knows. */
export class LegacyFormatError extends Error {
  constructor(what: string, value: unknown) {
    super(`not a valid ${what}: ${JSON.stringify(value)}`);
    this.name = 'LegacyFormatError';
  }
}

const pad = (value: string | number, width = 2) => String(value).padStart(width, '0');

const LEGACY_DATE = /^(\d{4})(?:(\d{2})(\d{2})|[-/](\d{1,2})[-/](\d{1,2}))$/;

/** `20260101`, `2026-01-01` or `2026/1/1` → `2026-01-01`. */
export function legacyDateToIso(value: string): string {
  const match = LEGACY_DATE.exec(value.trim());
  if (!match) throw new LegacyFormatError('date', value);
  const [, year, compactMonth, compactDay, month, day] = match;
  const iso = `${year}-${pad(compactMonth ?? month)}-${pad(compactDay ?? day)}`;
  if (!isIsoDate(iso)) throw new LegacyFormatError('date', value);
  return iso;
}

/** A contribution period `202601` (or `2026-01`) → `2026-01`. */
export function legacyPeriodToIso(value: string): string {
  const match = /^(\d{4})-?(\d{2})$/.exec(value.trim());
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new LegacyFormatError('period (yyyyMM)', value);
  return `${match[1]}-${match[2]}`;
}

const YUAN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Yuan as the legacy system writes it (`'12.30'`, `12.3`, `'12'`) → integer fen (1230), by string
 * arithmetic: a number is read through its shortest decimal form, never multiplied as a float.
 * More than two decimals is not money and is refused rather than rounded.
 */
export function yuanToFen(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = YUAN.exec(text);
  if (!match) throw new LegacyFormatError('amount in yuan', value);
  const [, minus, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new LegacyFormatError('amount in yuan', value);
  return minus && fen !== 0 ? -fen : fen;
}

/** Integer fen → yuan with two decimals (`1230` → `'12.30'`), as legacy systems and receipts write it. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new LegacyFormatError('amount in fen', fen);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  return `${sign}${Math.floor(absolute / 100)}.${pad(absolute % 100)}`;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** `2026-01-01 08:30:00`, `2026-01-01T08:30:00`, `20260101083000`, optionally with an explicit zone. */
const LEGACY_INSTANT = /^(\d{4})-?(\d{2})-?(\d{2})[T ]?(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A legacy timestamp → ISO 8601 in Asia/Shanghai (`2026-01-01T08:30:00+08:00`). Legacy systems
 * write wall-clock time without a zone and mean Beijing time; an explicit zone is honoured.
 * China has kept UTC+8 without daylight saving since 1991, so the offset is fixed.
 */
export function instantToShanghaiIso(value: string | Date): string {
  const instant = value instanceof Date ? value : parseLegacyInstant(value);
  if (Number.isNaN(instant.getTime())) throw new LegacyFormatError('instant', value);
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

function parseLegacyInstant(value: string): Date {
  const match = LEGACY_INSTANT.exec(value.trim());
  if (!match) throw new LegacyFormatError('instant', value);
  const [, year, month, day, hour, minute, second, zone] = match;
  const wallClock = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
  const offset = zone === undefined ? '+08:00' : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const instant = new Date(`${wallClock}${offset}`);
  if (Number.isNaN(instant.getTime()) || !isIsoDate(`${year}-${month}-${day}`))
    throw new LegacyFormatError('instant', value);
  return instant;
}
