import { ApplicantType } from '../../../../subgraphs/cases/enums';
import {
  CatalogueDepartment,
  CatalogueItem,
  CatalogueWindow,
} from '../../../../subgraphs/cases/catalogue/catalogue-client';
import { HandlingMode } from '../../../../subgraphs/cases/workflow';

/** A small slice of the Mengzi catalogue: enough departments, windows and items for every path. */
export const DEPARTMENTS: CatalogueDepartment[] = [
  { code: '532503-FGJ', name: '蒙自市发展和改革局' },
  { code: '532503-LYJ', name: '蒙自市林业局' },
  { code: '532503-CL', name: '蒙自市残疾人联合会' },
  { code: '532503-ZJJ', name: '蒙自市住房和城乡建设局' },
  { code: '532503-HBJ', name: '蒙自市环境保护局' },
];
const [FGJ, LYJ, CL, ZJJ, HBJ] = DEPARTMENTS;

export const WINDOWS: CatalogueWindow[] = [
  { code: 'CW-INVEST', name: '投资项目审批综合受理窗口', kind: 'COMPREHENSIVE', departmentCode: null },
  { code: 'CW-LIVELIHOOD', name: '民生事务综合受理窗口', kind: 'COMPREHENSIVE', departmentCode: null },
  { code: 'DW-LYJ', name: '林业窗口', kind: 'DEPARTMENT', departmentCode: LYJ.code },
  { code: 'DW-CL', name: '残联窗口', kind: 'DEPARTMENT', departmentCode: CL.code },
];

const base = {
  version: 1,
  status: 'ACTIVE' as const,
  validFrom: '2017-10-01',
  validUntil: null,
  retiredOn: null,
  servesApplicantTypes: [ApplicantType.PERSON, ApplicantType.ENTERPRISE],
  decidingSystem: 'NONE',
};

export const HARVEST: CatalogueItem = {
  ...base,
  code: 'XK00001000-532503',
  version: 2,
  name: '林木采伐许可证核发',
  handlingMode: HandlingMode.PROMISED,
  promisedTimeLimit: 5,
  department: LYJ,
  decidingDepartments: [LYJ],
  decidingSystem: 'FORESTRY_HARVEST',
  materials: [
    { code: 'M01', name: '林木采伐申请书', required: true },
    { code: 'M02', name: '林权证', required: true },
    { code: 'M03', name: '伐区调查设计', required: true },
    { code: 'M04', name: '上年度更新造林验收证明', required: false },
  ],
};

/** Version 1 of the harvest permit: fewer materials, a longer promise. Cases submitted now pin version 2. */
export const HARVEST_V1: CatalogueItem = {
  ...HARVEST,
  version: 1,
  promisedTimeLimit: 10,
  materials: HARVEST.materials.slice(0, 2),
};

/** Abolished by the revised Forest Law from 2020-07-01. */
export const TRANSPORT: CatalogueItem = {
  ...base,
  code: 'XK00002000-532503',
  name: '木材运输证核发',
  handlingMode: HandlingMode.PROMISED,
  promisedTimeLimit: 3,
  department: LYJ,
  decidingDepartments: [LYJ],
  decidingSystem: 'FORESTRY_TRANSPORT',
  materials: [{ code: 'M01', name: '木材运输申请表', required: true }],
  status: 'RETIRED',
  validUntil: '2020-06-30',
  retiredOn: '2020-07-01',
};

export const DISABILITY_CARD: CatalogueItem = {
  ...base,
  code: 'QR00001000-532503',
  name: '残疾人证核发',
  handlingMode: HandlingMode.IMMEDIATE,
  promisedTimeLimit: 0,
  department: CL,
  decidingDepartments: [CL],
  servesApplicantTypes: [ApplicantType.PERSON],
  materials: [
    { code: 'M01', name: '残疾评定表', required: true },
    { code: 'M02', name: '近期免冠照片', required: true },
  ],
};

/** Approved by three departments in parallel. */
export const INVESTMENT: CatalogueItem = {
  ...base,
  code: 'XK00003000-532503',
  name: '企业投资项目核准',
  handlingMode: HandlingMode.PROMISED,
  promisedTimeLimit: 10,
  department: FGJ,
  decidingDepartments: [FGJ, ZJJ, HBJ],
  servesApplicantTypes: [ApplicantType.ENTERPRISE],
  materials: [{ code: 'M01', name: '项目申请报告', required: true }],
};

export const ITEMS = [HARVEST, HARVEST_V1, TRANSPORT, DISABILITY_CARD, INVESTMENT];

/** Which comprehensive window may accept which items (authorisations). */
export const AUTHORISATIONS = [
  { windowCode: 'CW-INVEST', itemCode: HARVEST.code },
  { windowCode: 'CW-INVEST', itemCode: INVESTMENT.code },
];

/** Holidays and weekend days worked in exchange, for the years the calendar holds. */
export const CALENDAR = {
  years: [2025, 2026],
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
  workedWeekendDays: ['2025-09-28', '2025-10-11'],
};

export const PERSON_ID = '34052419800101001X';
export const OTHER_PERSON_ID = '11010519491231002X';
export const ENTERPRISE_CODE = '91532503MA6K123404';
