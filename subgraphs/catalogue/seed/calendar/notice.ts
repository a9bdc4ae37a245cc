/**
 * One year's holiday arrangement as the State Council's notice (国务院办公厅关于××年部分节假日安排的通知)
 * states it: per festival, the days off (a range, weekends included) and the weekend days worked
 * in exchange.
 */
export interface HolidayNotice {
  year: number;
  title: string;
  /** The notice's document number; null where it was not verified. */
  documentNumber: string | null;
  publishedOn: string;
  festivals: {
    name: string;
    daysOff: { from: string; to: string };
    workedWeekendDays: string[];
  }[];
}
