import { HolidayNotice } from './notice';

/** 国办发明电〔2024〕12号, 2024-11-12: the first year under the 2024 revision (除夕 and 5/2 added). */
export const holidays2025: HolidayNotice = {
  year: 2025,
  title: '国务院办公厅关于2025年部分节假日安排的通知',
  documentNumber: '国办发明电〔2024〕12号',
  publishedOn: '2024-11-12',
  festivals: [
    { name: '元旦', daysOff: { from: '2025-01-01', to: '2025-01-01' }, workedWeekendDays: [] },
    {
      name: '春节',
      daysOff: { from: '2025-01-28', to: '2025-02-04' },
      workedWeekendDays: ['2025-01-26', '2025-02-08'],
    },
    { name: '清明节', daysOff: { from: '2025-04-04', to: '2025-04-06' }, workedWeekendDays: [] },
    { name: '劳动节', daysOff: { from: '2025-05-01', to: '2025-05-05' }, workedWeekendDays: ['2025-04-27'] },
    { name: '端午节', daysOff: { from: '2025-05-31', to: '2025-06-02' }, workedWeekendDays: [] },
    {
      name: '国庆节、中秋节',
      daysOff: { from: '2025-10-01', to: '2025-10-08' },
      workedWeekendDays: ['2025-09-28', '2025-10-11'],
    },
  ],
};
