import { CalendarDayKind } from '../enums';
import { addDays, isWeekend, yearOf } from './dates';

/** A day that departs from the Monday-to-Friday rule, as the State Council notice lists it. */
export interface ExceptionalDay {
  date: string;
  kind: CalendarDayKind;
}

export interface Deadline {
  dueDate: string;
  /** Years a counted day fell in for which there is no notice; empty when the answer is definite. */
  provisionalYears: number[];
}

/**
 * Working days on the official holiday calendar. Pure: it knows only the data it is given, so it
 * is tested without a database. A year without a notice counts Monday to Friday and says so
 * (provisionalYears) instead of guessing silently.
 */
export class WorkingCalendar {
  private readonly kinds: ReadonlyMap<string, CalendarDayKind>;
  private readonly knownYears: ReadonlySet<number>;

  constructor(knownYears: Iterable<number>, days: Iterable<ExceptionalDay>) {
    this.knownYears = new Set(knownYears);
    this.kinds = new Map([...days].map((day) => [day.date, day.kind]));
  }

  hasYear(year: number): boolean {
    return this.knownYears.has(year);
  }

  isWorkingDay(date: string): boolean {
    const kind = this.kinds.get(date);
    if (kind === CalendarDayKind.PUBLIC_HOLIDAY) return false;
    if (kind === CalendarDayKind.WORKED_WEEKEND_DAY) return true;
    return !isWeekend(date);
  }

  /**
   * The day `workingDays` working days after `acceptedOn`. The acceptance day itself is not
   * counted (a case accepted on Friday with one day is due on the next working day); zero days
   * means the acceptance day.
   */
  deadline(acceptedOn: string, workingDays: number): Deadline {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`workingDays must be a non-negative integer, got ${workingDays}`);
    }
    const unknownYears = new Set<number>();
    let date = acceptedOn;
    for (let counted = 0; counted < workingDays;) {
      date = addDays(date, 1);
      if (!this.hasYear(yearOf(date))) unknownYears.add(yearOf(date));
      if (this.isWorkingDay(date)) counted += 1;
    }
    return { dueDate: date, provisionalYears: [...unknownYears].sort((a, b) => a - b) };
  }
}
