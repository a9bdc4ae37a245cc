/**
 * GB 11643-1999 resident identity numbers: 6-digit division code, 8-digit birth date, 3-digit
 * sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** GB/T 2260 province-level prefixes (the first two digits of every division code). */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type ResidentIdProblem = 'FORMAT' | 'PROVINCE' | 'BIRTH_DATE' | 'CHECKSUM';

export interface ResidentId {
  /** Normalised: upper-case check character. */
  value: string;
  divisionCode: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() <= Date.now()
  );
}

/** Why `input` is not a valid resident ID, or `null` when it is. */
export function residentIdProblem(input: string): ResidentIdProblem | null {
  const value = input.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'FORMAT';
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) return 'PROVINCE';
  if (!isRealDate(value.slice(6, 14))) return 'BIRTH_DATE';
  if (residentIdCheckCharacter(value) !== value[17]) return 'CHECKSUM';
  return null;
}

/** Parses a resident ID (accepting a lower-case `x`), or returns `null` when it is invalid. */
export function parseResidentId(input: string): ResidentId | null {
  if (residentIdProblem(input)) return null;
  const value = input.toUpperCase();
  const birth = value.slice(6, 14);
  return {
    value,
    divisionCode: value.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}
