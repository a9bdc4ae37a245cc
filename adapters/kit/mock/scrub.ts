import { maskIdNumbers } from '../../../lib/identity';

/**
 * What a recording never holds. Values of these fields (JSON keys or XML element names without
 * their namespace prefix, any case) are masked wherever they occur; the field lists are the
 * contracts' names for them.
 */
export const SCRUBBED_FIELDS = {
  /** Personal names: the first character stays, the rest become `*` (张三丰 → 张**). */
  names: ['name', 'xm', 'sqr', 'hzmc', 'aac003'],
  /** Bank accounts: first six and last four digits stay. */
  accounts: ['yhzh', 'bankAccount'],
  /** Credentials: replaced by `***` (WS-Security `<wsse:Password>`, login bodies). */
  secrets: ['password'],
} as const;

const maskName = (name: string) => {
  const [first, ...rest] = Array.from(name);
  return first === undefined ? name : rest.length ? first + '*'.repeat(rest.length) : '*';
};
const maskAccount = (account: string) =>
  account.length > 10
    ? account.slice(0, 6) + '*'.repeat(account.length - 10) + account.slice(-4)
    : '*'.repeat(account.length);

/** `"field": "value"` in JSON and `<ns:field …>value</ns:field>` in XML, value masked by `mask`. */
function maskFields(text: string, fields: readonly string[], mask: (value: string) => string): string {
  const names = fields.join('|');
  return text
    .replace(
      new RegExp(`("(?:${names})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*")`, 'gi'),
      (_all, key, literal) => key + JSON.stringify(mask(JSON.parse(literal))),
    )
    .replace(
      new RegExp(`(<((?:[\\w.-]+:)?(?:${names}))(?:\\s[^>]*)?>)([^<]*)(</\\2>)`, 'gi'),
      (_all, open, _name, value, close) => open + mask(value) + close,
    );
}

/**
 * Mobile numbers (138****5678) and landlines written with their area code (0873-****1234): no
 * digit may touch either side, so ID numbers and permit numbers are left to their own masker.
 */
function maskPhoneNumbers(text: string): string {
  return text
    .replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2')
    .replace(
      /(?<!\d)(0\d{2,3}-)(\d{3,4})(\d{4})(?!\d)/g,
      (_all, area, middle, last) => area + '*'.repeat(middle.length) + last,
    );
}

/**
 * Personal data out of a body, path or header before it is written to a recording: resident
 * IDs and credit codes by the project's masker (532503********0015), then phone numbers, names,
 * bank accounts and credentials. Deterministic, so a live request scrubbed the same way finds
 * its recording.
 */
export function scrubPersonalData(text: string): string {
  let scrubbed = maskPhoneNumbers(maskIdNumbers(text));
  scrubbed = maskFields(scrubbed, SCRUBBED_FIELDS.names, maskName);
  scrubbed = maskFields(scrubbed, SCRUBBED_FIELDS.accounts, maskAccount);
  return maskFields(scrubbed, SCRUBBED_FIELDS.secrets, () => '***');
}

/**
 * Puts back, in a recorded answer, the ID numbers the live request carries: each masked form
 * (532503********0015) of an ID in `request` becomes that ID again. IDs the request did not
 * carry stay masked. Two IDs of the request with the same masked form are ambiguous; the last
 * one wins.
 */
export function restoreIdNumbers(recorded: string, request: string): string {
  const idNumbers = request.match(/\b[0-9A-Z]{18}\b/gi) ?? [];
  const byMask = new Map(
    idNumbers.map((id) => [maskIdNumbers(id), id] as const).filter(([masked, id]) => masked !== id),
  );
  if (byMask.size === 0) return recorded;
  const pattern = new RegExp([...byMask.keys()].map((masked) => masked.replace(/\*/g, '\\*')).join('|'), 'g');
  return recorded.replace(pattern, (masked) => byMask.get(masked)!);
}
