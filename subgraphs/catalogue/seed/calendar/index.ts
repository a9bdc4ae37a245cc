import { CalendarDayKind } from '../../enums';
import { addDays } from '../../calendar/dates';
import { holidays2017 } from './2017';
import { holidays2025 } from './2025';
import { holidays2026 } from './2026';
import { HolidayNotice } from './notice';

export type { HolidayNotice };

/** Every year with a notice. Add a year by adding its file here; the next start loads it. */
export const holidayNotices: readonly HolidayNotice[] = [holidays2017, holidays2025, holidays2026];

export interface NoticeDay {
  date: string;
  kind: CalendarDayKind;
  festival: string;
}

/** A notice as one row per exceptional day. */
export function noticeDays(notice: HolidayNotice): NoticeDay[] {
  return notice.festivals.flatMap((festival) => {
    const daysOff: NoticeDay[] = [];
    for (let date = festival.daysOff.from; date <= festival.daysOff.to; date = addDays(date, 1)) {
      daysOff.push({ date, kind: CalendarDayKind.PUBLIC_HOLIDAY, festival: festival.name });
    }
    const worked = festival.workedWeekendDays.map((date) => ({
      date,
      kind: CalendarDayKind.WORKED_WEEKEND_DAY,
      festival: festival.name,
    }));
    return [...daysOff, ...worked];
  });
}
