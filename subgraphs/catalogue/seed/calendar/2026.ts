import { HolidayNotice } from './notice';

/** Published 2025-11-04 (Xinhua, 受权发布); its document number was not verified, so it is left null. */
export const holidays2026: HolidayNotice = {
  year: 2026,
  title: '国务院办公厅关于2026年部分节假日安排的通知',
  documentNumber: null,
  publishedOn: '2025-11-04',
  festivals: [
    { name: '元旦', daysOff: { from: '2026-01-01', to: '2026-01-03' }, workedWeekendDays: ['2026-01-04'] },
    {
      name: '春节',
      daysOff: { from: '2026-02-15', to: '2026-02-23' },
      workedWeekendDays: ['2026-02-14', '2026-02-28'],
    },
    { name: '清明节', daysOff: { from: '2026-04-04', to: '2026-04-06' }, workedWeekendDays: [] },
    { name: '劳动节', daysOff: { from: '2026-05-01', to: '2026-05-05' }, workedWeekendDays: ['2026-05-09'] },
    { name: '端午节', daysOff: { from: '2026-06-19', to: '2026-06-21' }, workedWeekendDays: [] },
    { name: '中秋节', daysOff: { from: '2026-09-25', to: '2026-09-27' }, workedWeekendDays: [] },
    {
      name: '国庆节',
      daysOff: { from: '2026-10-01', to: '2026-10-07' },
      workedWeekendDays: ['2026-09-20', '2026-10-10'],
    },
  ],
};
