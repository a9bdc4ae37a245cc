import { WindowKind, ZoneTheme } from '../enums';
import { CITY, WENLAN, YINHE } from './divisions';

const CITY_HALL = '蒙自市政务服务大厅';

/** The hall layout of section 二(四)3 of the plan, plus the halls of hall no. 2, the town and the community. */
export const zones = [
  { code: 'MZ-F1-R', name: '一楼大厅右侧窗口区', hall: CITY_HALL, floor: 1, position: '一楼大厅右侧', theme: null },
  {
    code: 'MZ-F1-L',
    name: '民生事务综合受理区（一楼）',
    hall: CITY_HALL,
    floor: 1,
    position: '一楼大厅左侧',
    theme: ZoneTheme.LIVELIHOOD_AFFAIRS,
  },
  {
    code: 'MZ-F2-L',
    name: '投资项目审批综合受理区',
    hall: CITY_HALL,
    floor: 2,
    position: '二楼大厅左侧',
    theme: ZoneTheme.INVESTMENT_APPROVAL,
  },
  {
    code: 'MZ-F2-RF',
    name: '民生事务综合受理区（二楼）',
    hall: CITY_HALL,
    floor: 2,
    position: '二楼大厅右前侧',
    theme: ZoneTheme.LIVELIHOOD_AFFAIRS,
  },
  {
    code: 'MZ-F2-RB',
    name: '企业综合受理区',
    hall: CITY_HALL,
    floor: 2,
    position: '二楼大厅右后侧',
    theme: ZoneTheme.ENTERPRISE_AFFAIRS,
  },
  // the plan names these two themed zones without placing them on a floor
  {
    code: 'MZ-BC',
    name: '商务中心综合服务区',
    hall: CITY_HALL,
    floor: null,
    position: '政务服务大厅内（方案未定楼层）',
    theme: ZoneTheme.BUSINESS_CENTRE,
  },
  {
    code: 'MZ-PRT',
    name: '公共资源交易服务区',
    hall: CITY_HALL,
    floor: null,
    position: '政务服务大厅内（方案未定楼层）',
    theme: ZoneTheme.PUBLIC_RESOURCE_TRADING,
  },
  {
    code: 'MZ2-F1',
    name: '社保医保人力资源服务区',
    hall: '蒙自市政务服务二号大厅',
    floor: 1,
    position: '市人力资源和社会保障局一楼大厅',
    theme: null,
  },
  {
    code: 'WL-HALL',
    name: '文澜镇为民服务大厅',
    hall: '文澜镇为民服务大厅',
    floor: 1,
    position: '文澜镇为民服务大厅',
    theme: null,
  },
  // the plan does not name the community's hall; 为民服务站 is the usual name at that level
  {
    code: 'YH-STATION',
    name: '银河社区为民服务站',
    hall: '银河社区为民服务站',
    floor: 1,
    position: '银河社区为民服务站',
    theme: null,
  },
];

export interface WindowSeed {
  code: string;
  name: string;
  kind: WindowKind;
  zoneCode: string;
  departmentCode: string | null;
}

/** The three comprehensive windows (二(三)1), run by the government-service bureau for every department. */
export const comprehensiveWindows: WindowSeed[] = [
  {
    code: 'CW-INVEST',
    name: '投资项目审批综合受理窗口',
    kind: WindowKind.COMPREHENSIVE,
    zoneCode: 'MZ-F2-L',
    departmentCode: null,
  },
  {
    code: 'CW-ENTERPRISE',
    name: '企业设立综合受理窗口',
    kind: WindowKind.COMPREHENSIVE,
    zoneCode: 'MZ-F2-RB',
    departmentCode: null,
  },
  {
    code: 'CW-LIVELIHOOD',
    name: '民生事务综合受理窗口',
    kind: WindowKind.COMPREHENSIVE,
    zoneCode: 'MZ-F1-L',
    departmentCode: null,
  },
];

const WENLAN_GOVERNMENT = `${WENLAN}-ZF`;
const YINHE_COMMITTEE = `${YINHE}-JWH`;

/** A department window coded DW-<mnemonic>; a city department's code shares the mnemonic. */
const departmentWindow = (
  zoneCode: string,
  mnemonic: string,
  name: string,
  departmentCode = `${CITY}-${mnemonic}`,
): WindowSeed => ({
  code: `DW-${mnemonic}`,
  name,
  kind: WindowKind.DEPARTMENT,
  zoneCode,
  departmentCode,
});

/** One window per department named in the layout, in the plan's order. */
export const departmentWindows: WindowSeed[] = [
  departmentWindow('MZ-F1-R', 'BDC', '不动产登记中心窗口'),
  departmentWindow('MZ-F1-R', 'DSJ', '地税局窗口'),
  departmentWindow('MZ-F1-L', 'GAJ', '公安窗口'),
  departmentWindow('MZ-F1-L', 'MZ', '民政窗口'),
  departmentWindow('MZ-F1-L', 'WJJ', '卫计窗口'),
  // the plan gives 市残联 no window, yet its immediate items need one: placed in the ground-floor livelihood area
  departmentWindow('MZ-F1-L', 'CL', '残联窗口'),
  departmentWindow('MZ-F2-L', 'FGJ', '发改窗口'),
  departmentWindow('MZ-F2-L', 'LYJ', '林业窗口'),
  departmentWindow('MZ-F2-L', 'JTJ', '交通窗口'),
  departmentWindow('MZ-F2-L', 'HBJ', '环保窗口'),
  departmentWindow('MZ-F2-L', 'GTJ', '国土窗口'),
  departmentWindow('MZ-F2-L', 'SWJ', '水务窗口'),
  departmentWindow('MZ-F2-L', 'ZJJ', '住建窗口'),
  departmentWindow('MZ-F2-L', 'QXJ', '气象窗口'),
  departmentWindow('MZ-F2-L', 'WTLG', '文体旅广窗口'),
  departmentWindow('MZ-F2-L', 'GSX', '工商信窗口'),
  departmentWindow('MZ-F2-L', 'AJJ', '安监窗口'),
  departmentWindow('MZ-F2-L', 'DZJ', '地震窗口'),
  departmentWindow('MZ-F2-L', 'XFDD', '消防大队窗口'),
  departmentWindow('MZ-F2-L', 'YMJ', '移民窗口'),
  departmentWindow('MZ-F2-RF', 'JYJ', '教育窗口'),
  departmentWindow('MZ-F2-RF', 'CZJ', '财政窗口'),
  departmentWindow('MZ-F2-RF', 'NKJ', '农科窗口'),
  departmentWindow('MZ-F2-RF', 'MZZ', '民宗窗口'),
  departmentWindow('MZ-F2-RF', 'TJJ', '统计窗口'),
  departmentWindow('MZ-F2-RF', 'BB', '编办窗口'),
  departmentWindow('MZ-F2-RF', 'CGJ', '城市管理窗口'),
  departmentWindow('MZ-F2-RF', 'YCJ', '烟草专卖窗口'),
  departmentWindow('MZ-F2-RF', 'TSW', '团市委窗口'),
  departmentWindow('MZ-F2-RB', 'SCJG', '市场监管局窗口'),
  departmentWindow('MZ2-F1', 'RSJ', '社保医保人力资源窗口'),
  departmentWindow('WL-HALL', 'WL-XNH', '新农合窗口', WENLAN_GOVERNMENT),
  departmentWindow('WL-HALL', 'WL-YLBX', '养老保险窗口', WENLAN_GOVERNMENT),
  departmentWindow('YH-STATION', 'YH-MZ', '民政窗口', YINHE_COMMITTEE),
  departmentWindow('YH-STATION', 'YH-JHSY', '计划生育窗口', YINHE_COMMITTEE),
];
