import { badUserInput } from '../errors';
import { creditCodeProblem } from './creditCode';
import { residentIdProblem } from './residentId';

export * from './creditCode';
export * from './residentId';

/** Validates a resident ID taken from `field`; returns it normalised (upper-case X). */
export function assertResidentId(value: string, field: string): string {
  const problem = residentIdProblem(value);
  if (problem) {
    throw badUserInput(field, `${field} is not a valid resident ID number (GB 11643): ${problem}`, { problem });
  }
  return value.toUpperCase();
}

/** Validates a unified social credit code taken from `field`; returns it normalised. */
export function assertCreditCode(value: string, field: string): string {
  const problem = creditCodeProblem(value);
  if (problem) {
    throw badUserInput(field, `${field} is not a valid unified social credit code (GB 32100): ${problem}`, {
      problem,
    });
  }
  return value.toUpperCase();
}

/** Masks the middle of every resident ID or credit code in a string: 532503********0015. */
export function maskIdNumbers(text: string): string {
  return text.replace(/\b([0-9A-Z]{6})([0-9A-Z]{8})([0-9A-Z]{3}[0-9A-Z])\b/gi, (whole, head, _middle, tail) =>
    /\d/.test(whole) ? `${head}********${tail}` : whole,
  );
}
