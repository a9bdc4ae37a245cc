import { DepartmentKind } from '../enums';
import { CITY, WENLAN, YINHE } from './divisions';

export interface DepartmentSeed {
  code: string;
  name: string;
  /** As the 2017 plan writes it in the hall layout. */
  shortName: string;
  kind: DepartmentKind;
  divisionCode: string;
}

const {
  GOVERNMENT_DEPARTMENT: GOV,
  VERTICALLY_MANAGED: VERTICAL,
  PUBLIC_INSTITUTION,
  PEOPLES_ORGANISATION,
} = DepartmentKind;

const city = (mnemonic: string, name: string, shortName: string, kind: DepartmentKind = GOV): DepartmentSeed => ({
  code: `${CITY}-${mnemonic}`,
  name,
  shortName,
  kind,
  divisionCode: CITY,
});

/**
 * Every department of the plan: the five pilot departments, every department with a window in
 * the hall layout, the human-resources bureau (hall no. 2), the government-service bureau that
 * runs the comprehensive windows, and the pilot town and community. Full names expand the plan's
 * short forms; `shortName` keeps the plan's own wording.
 */
export const departments: DepartmentSeed[] = [
  // pilot departments (二(一)4)
  city('FGJ', '蒙自市发展和改革局', '发改'),
  city('CL', '蒙自市残疾人联合会', '残联', PEOPLES_ORGANISATION),
  city('LYJ', '蒙自市林业局', '林业'),
  city('SCJG', '蒙自市市场监督管理局', '市场监管局'),
  city('WJJ', '蒙自市卫生和计划生育局', '卫计'),
  // floor 1 right
  city('BDC', '蒙自市不动产登记中心', '不动产登记中心', PUBLIC_INSTITUTION),
  city('DSJ', '蒙自市地方税务局', '地税局', VERTICAL),
  // floor 1 left, livelihood area
  city('GAJ', '蒙自市公安局', '公安'),
  city('MZ', '蒙自市民政局', '民政'),
  // floor 2 left, investment approval area (发改, 林业 above)
  city('JTJ', '蒙自市交通运输局', '交通'),
  city('HBJ', '蒙自市环境保护局', '环保'),
  city('GTJ', '蒙自市国土资源局', '国土'),
  city('SWJ', '蒙自市水务局', '水务'),
  city('ZJJ', '蒙自市住房和城乡建设局', '住建'),
  city('QXJ', '蒙自市气象局', '气象', VERTICAL),
  city('WTLG', '蒙自市文化体育旅游广电局', '文体旅广'),
  city('GSX', '蒙自市工业商务和信息化局', '工商信'),
  city('AJJ', '蒙自市安全生产监督管理局', '安监'),
  city('DZJ', '蒙自市地震局', '地震'),
  city('XFDD', '蒙自市公安消防大队', '消防大队', VERTICAL),
  city('YMJ', '蒙自市移民开发局', '移民'),
  // floor 2 right front, livelihood area
  city('JYJ', '蒙自市教育局', '教育'),
  city('CZJ', '蒙自市财政局', '财政'),
  city('NKJ', '蒙自市农业和科学技术局', '农科'),
  city('MZZ', '蒙自市民族宗教事务局', '民宗'),
  city('TJJ', '蒙自市统计局', '统计'),
  city('BB', '中共蒙自市委机构编制委员会办公室', '编办'),
  city('CGJ', '蒙自市城市管理局', '城市管理'),
  city('YCJ', '蒙自市烟草专卖局', '烟草专卖', VERTICAL),
  city('TSW', '共青团蒙自市委员会', '团市委', PEOPLES_ORGANISATION),
  // hall no. 2 and the bureau that runs the comprehensive windows
  city('RSJ', '蒙自市人力资源和社会保障局', '人社局'),
  city('ZWJ', '蒙自市政务服务管理局', '政务服务管理局'),
  // pilot town and community (二(一)4)
  {
    code: `${WENLAN}-ZF`,
    name: '蒙自市文澜镇人民政府',
    shortName: '文澜镇',
    kind: DepartmentKind.TOWN_GOVERNMENT,
    divisionCode: WENLAN,
  },
  {
    code: `${YINHE}-JWH`,
    name: '文澜镇银河社区居民委员会',
    shortName: '银河社区',
    kind: DepartmentKind.COMMUNITY_COMMITTEE,
    divisionCode: YINHE,
  },
];
