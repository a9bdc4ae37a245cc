/**
 * Arithmetic on `yyyy-MM-dd` calendar dates. Dates stay strings (as in the graph's Date scalar);
 * UTC is used only as a zone-free counter, so no local time zone can shift a day.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
