import { HolidayNotice } from './notice';

/** 国办发明电〔2016〕17号, 2016-12-01. 元旦 is 1/1 with Monday 1/2 in lieu; 劳动节 joins the weekend. */
export const holidays2017: HolidayNotice = {
  year: 2017,
  title: '国务院办公厅关于2017年部分节假日安排的通知',
  documentNumber: '国办发明电〔2016〕17号',
  publishedOn: '2016-12-01',
  festivals: [
    { name: '元旦', daysOff: { from: '2017-01-01', to: '2017-01-02' }, workedWeekendDays: [] },
    {
      name: '春节',
      daysOff: { from: '2017-01-27', to: '2017-02-02' },
      workedWeekendDays: ['2017-01-22', '2017-02-04'],
    },
    { name: '清明节', daysOff: { from: '2017-04-02', to: '2017-04-04' }, workedWeekendDays: ['2017-04-01'] },
    { name: '劳动节', daysOff: { from: '2017-04-29', to: '2017-05-01' }, workedWeekendDays: [] },
    { name: '端午节', daysOff: { from: '2017-05-28', to: '2017-05-30' }, workedWeekendDays: ['2017-05-27'] },
    { name: '中秋节、国庆节', daysOff: { from: '2017-10-01', to: '2017-10-08' }, workedWeekendDays: ['2017-09-30'] },
  ],
};
