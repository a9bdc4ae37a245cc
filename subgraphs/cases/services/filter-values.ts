import { badUserInput } from '../../../lib/errors';
import { isCaseNumber } from '../case-number';

/**
 * Catalogue codes as the hub writes them (XK00001000-532503, CW-INVEST, 532503001L01-JWH): upper-case
 * letters, digits and hyphens. A filter value of any other shape can match nothing, so it is
 * refused by name rather than answered with an empty page — a typo or a probe learns that at once.
 */
const CODE = /^[0-9A-Z][0-9A-Z-]{0,49}$/;

export function assertCode(value: string, field: string): string {
  if (!CODE.test(value)) throw badUserInput(field, `${field} is a code of letters, digits and hyphens`);
  return value;
}

export function assertCaseNumber(value: string, field: string): string {
  if (!isCaseNumber(value)) throw badUserInput(field, `${field} is a 20-digit case number`);
  return value;
}
