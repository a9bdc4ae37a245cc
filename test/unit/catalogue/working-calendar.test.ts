import { WorkingCalendar } from '../../../subgraphs/catalogue/calendar/working-calendar';
import { holidayNotices, noticeDays } from '../../../subgraphs/catalogue/seed/calendar';

// the calendar exactly as the seed files feed it to the database
const calendar = new WorkingCalendar(
  holidayNotices.map((notice) => notice.year),
  holidayNotices.flatMap(noticeDays),
);
const due = (acceptedOn: string, workingDays: number) => calendar.deadline(acceptedOn, workingDays);

describe('2017 National Day week (holiday 10-01..10-08, Saturday 09-30 worked)', () => {
  test('Friday 09-29 plus one working day is the worked Saturday 09-30', () => {
    expect(due('2017-09-29', 1)).toEqual({ dueDate: '2017-09-30', provisionalYears: [] });
  });

  test('the next working day after 09-30 is Monday 10-09', () => {
    expect(due('2017-09-29', 2)).toEqual({ dueDate: '2017-10-09', provisionalYears: [] });
    expect(due('2017-09-28', 3)).toEqual({ dueDate: '2017-10-09', provisionalYears: [] });
  });

  test('day by day', () => {
    expect(
      ['2017-09-29', '2017-09-30', '2017-10-01', '2017-10-06', '2017-10-08', '2017-10-09'].map((day) =>
        calendar.isWorkingDay(day),
      ),
    ).toEqual([true, true, false, false, false, true]);
  });
});

describe('2026 Spring Festival (holiday 02-15..02-23, Saturdays 02-14 and 02-28 worked)', () => {
  test('Friday 02-13 plus one is the worked Saturday 02-14', () => {
    expect(due('2026-02-13', 1)).toEqual({ dueDate: '2026-02-14', provisionalYears: [] });
  });

  test('Friday 02-13 plus two skips the whole holiday to Tuesday 02-24', () => {
    expect(due('2026-02-13', 2)).toEqual({ dueDate: '2026-02-24', provisionalYears: [] });
  });

  test('Friday 02-27 plus one is the worked Saturday 02-28, plus two is Monday 03-02', () => {
    expect(due('2026-02-27', 1)).toEqual({ dueDate: '2026-02-28', provisionalYears: [] });
    expect(due('2026-02-27', 2)).toEqual({ dueDate: '2026-03-02', provisionalYears: [] });
  });

  test('a case accepted during the holiday starts counting after it', () => {
    expect(due('2026-02-16', 1)).toEqual({ dueDate: '2026-02-24', provisionalYears: [] });
  });
});

describe('other arrangements', () => {
  test('2026 National Day: Wednesday 09-30 plus three is the worked Saturday 10-10', () => {
    expect(due('2026-09-30', 1)).toEqual({ dueDate: '2026-10-08', provisionalYears: [] });
    expect(due('2026-09-30', 3)).toEqual({ dueDate: '2026-10-10', provisionalYears: [] });
  });

  test('2025: Friday 09-26 plus one is the worked Sunday 09-28', () => {
    expect(due('2025-09-26', 1)).toEqual({ dueDate: '2025-09-28', provisionalYears: [] });
  });

  test('2026 New Year: Wednesday 2025-12-31 plus one is the worked Sunday 2026-01-04', () => {
    expect(due('2025-12-31', 1)).toEqual({ dueDate: '2026-01-04', provisionalYears: [] });
  });
});

describe('counting rules', () => {
  test('the acceptance day is not counted', () => {
    expect(due('2026-03-02', 1)).toEqual({ dueDate: '2026-03-03', provisionalYears: [] });
  });

  test('zero working days is the acceptance day itself, even in a year without data', () => {
    expect(due('2026-03-02', 0)).toEqual({ dueDate: '2026-03-02', provisionalYears: [] });
    expect(due('2030-06-01', 0)).toEqual({ dueDate: '2030-06-01', provisionalYears: [] });
  });

  test('a span crossing into a year without data counts weekends only and says which year', () => {
    // 2027-01-01 is surely 元旦, but without a notice the calendar cannot know: it flags, not guesses
    expect(due('2026-12-30', 3)).toEqual({ dueDate: '2027-01-04', provisionalYears: [2027] });
  });

  test('a span wholly inside a year without data is provisional', () => {
    expect(due('2018-10-01', 5)).toEqual({ dueDate: '2018-10-08', provisionalYears: [2018] });
  });

  test('a negative or fractional number of days is refused', () => {
    expect(() => due('2026-03-02', -1)).toThrow(RangeError);
    expect(() => due('2026-03-02', 1.5)).toThrow(RangeError);
  });
});
