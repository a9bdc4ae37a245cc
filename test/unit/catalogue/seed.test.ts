import { isWeekend } from '../../../subgraphs/catalogue/calendar/dates';
import {
  ApplicantType,
  CalendarDayKind,
  DecidingSystem,
  HandlingMode,
  MaterialSource,
  WindowKind,
} from '../../../subgraphs/catalogue/enums';
import { holidayNotices, noticeDays } from '../../../subgraphs/catalogue/seed/calendar';
import { departments } from '../../../subgraphs/catalogue/seed/departments';
import { divisions } from '../../../subgraphs/catalogue/seed/divisions';
import { comprehensiveWindows, departmentWindows, zones } from '../../../subgraphs/catalogue/seed/hall';
import { seedItems } from '../../../subgraphs/catalogue/seed/items';

const ITEM_CODE = /^(XK|JF|QR|QT|GG)\d{8}-(532503|532503001|532503001L01)$/;
const byCode = (code: string) => seedItems.find((item) => item.code === code)!;
const windows = [...comprehensiveWindows, ...departmentWindows];

describe('seeded items', () => {
  test('29 items, each with a unique code in the documented format', () => {
    expect(seedItems).toHaveLength(29);
    expect(new Set(seedItems.map((item) => item.code)).size).toBe(29);
    expect(seedItems.filter((item) => !ITEM_CODE.test(item.code))).toEqual([]);
  });

  test('every element of every item is filled in', () => {
    for (const item of seedItems) {
      const context = item.code;
      for (const text of [item.name, item.conditions, item.legalBasis, item.fee.note, item.versionNote])
        expect([context, text.trim().length > 0]).toEqual([context, true]);
      expect([
        context,
        item.servesApplicantTypes.length > 0,
        item.materials.length > 0,
        item.process.length > 0,
      ]).toEqual([context, true, true, true]);
      expect([context, item.decidingDepartmentCodes.includes(item.departmentCode)]).toEqual([context, true]);
      if (item.fee.charged) expect([context, Boolean(item.fee.basis)]).toEqual([context, true]);
      expect([context, item.legalTimeLimit >= item.promisedTimeLimit]).toEqual([context, true]);
      // the process steps add up to the promised time limit; immediate items take no days
      expect([context, item.process.reduce((sum, step) => sum + step.workingDays, 0)]).toEqual([
        context,
        item.promisedTimeLimit,
      ]);
      if (item.handlingMode === HandlingMode.IMMEDIATE) expect([context, item.promisedTimeLimit]).toEqual([context, 0]);
    }
  });

  test('every material has every element; forms the applicant fills come with a blank form and a sample', () => {
    for (const item of seedItems) {
      expect([item.code, item.materials.map((material) => material.code)]).toEqual([
        item.code,
        item.materials.map((_material, index) => `M0${index + 1}`),
      ]);
      for (const material of item.materials) {
        const where = `${item.code}/${material.code}`;
        expect([
          where,
          [material.name, material.legalBasis, material.signatureRule, material.instructions].every(
            (text) => text.trim().length > 0,
          ),
        ]).toEqual([where, true]);
        expect([where, material.copies >= 1]).toEqual([where, true]);
        const isForm = material.source === MaterialSource.APPLICANT;
        expect([where, Boolean(material.blankForm), Boolean(material.sample)]).toEqual([where, isForm, isForm]);
      }
    }
  });

  test('every pilot department and pilot window is covered', () => {
    const departmentsWithItems = new Set(seedItems.map((item) => item.departmentCode));
    expect(
      ['532503-FGJ', '532503-CL', '532503-LYJ', '532503-SCJG', '532503-WJJ', '532503001-ZF', '532503001L01-JWH'].filter(
        (code) => !departmentsWithItems.has(code),
      ),
    ).toEqual([]);
    const windowsWithItems = new Set(seedItems.map((item) => item.departmentWindowCode));
    expect(['DW-WL-XNH', 'DW-WL-YLBX', 'DW-YH-MZ', 'DW-YH-JHSY'].filter((code) => !windowsWithItems.has(code))).toEqual(
      [],
    );
  });

  test("ten items are the pilot's high-volume fully-online items", () => {
    expect(seedItems.filter((item) => item.highVolumeOnline).map((item) => item.code)).toEqual([
      'GG00015000-532503001',
      'GG00017000-532503001',
      'GG00020000-532503001L01',
      'GG00028000-532503',
      'JF00016000-532503001',
      'QR00027000-532503',
      'QT00005000-532503',
      'XK00009000-532503',
      'XK00010000-532503',
      'XK00011000-532503',
    ]);
  });

  test('the items the issue names', () => {
    const summary = (code: string) => {
      const item = byCode(code);
      return [item.name, item.handlingMode, item.departmentCode, item.decidingSystem, item.retiredOn ?? null];
    };
    expect(summary('XK00001000-532503')).toEqual([
      '林木采伐许可证核发',
      HandlingMode.PROMISED,
      '532503-LYJ',
      DecidingSystem.FORESTRY_HARVEST,
      null,
    ]);
    expect(summary('XK00002000-532503')).toEqual([
      '木材运输证核发',
      HandlingMode.PROMISED,
      '532503-LYJ',
      DecidingSystem.FORESTRY_TRANSPORT,
      '2020-07-01',
    ]);
    expect(summary('XK00003000-532503')).toEqual([
      '使用林地审核审批',
      HandlingMode.PROMISED,
      '532503-LYJ',
      DecidingSystem.FORESTRY_LAND_USE,
      null,
    ]);
    expect(summary('GG00015000-532503001')).toEqual([
      '新型农村合作医疗参保登记',
      HandlingMode.IMMEDIATE,
      '532503001-ZF',
      DecidingSystem.HEALTH_INSURANCE,
      null,
    ]);
    expect(summary('JF00016000-532503001')).toEqual([
      '新型农村合作医疗费用报销',
      HandlingMode.PROMISED,
      '532503001-ZF',
      DecidingSystem.HEALTH_INSURANCE,
      null,
    ]);
    expect(summary('GG00017000-532503001')).toEqual([
      '城乡居民基本养老保险参保登记',
      HandlingMode.IMMEDIATE,
      '532503001-ZF',
      DecidingSystem.PENSIONS,
      null,
    ]);
    expect(summary('JF00018000-532503001')).toEqual([
      '城乡居民基本养老保险待遇领取',
      HandlingMode.PROMISED,
      '532503001-ZF',
      DecidingSystem.PENSIONS,
      null,
    ]);
    expect(summary('JF00019000-532503001L01')).toEqual([
      '最低生活保障申请',
      HandlingMode.PROMISED,
      '532503001L01-JWH',
      DecidingSystem.PARTY_BUILDING,
      null,
    ]);
    expect(summary('GG00020000-532503001L01')).toEqual([
      '生育登记',
      HandlingMode.IMMEDIATE,
      '532503001L01-JWH',
      DecidingSystem.PARTY_BUILDING,
      null,
    ]);
    expect(summary('GG00007000-532503')).toEqual([
      '残疾人证核发',
      HandlingMode.IMMEDIATE,
      '532503-CL',
      DecidingSystem.NONE,
      null,
    ]);
    expect(summary('XK00009000-532503')).toEqual([
      '企业设立登记（五证合一、一照一码）',
      HandlingMode.PROMISED,
      '532503-SCJG',
      DecidingSystem.NONE,
      null,
    ]);
    expect(byCode('XK00004000-532503').decidingDepartmentCodes).toEqual(['532503-FGJ', '532503-GTJ', '532503-LYJ']);
    expect(byCode('XK00009000-532503').servesApplicantTypes).toEqual([ApplicantType.PERSON, ApplicantType.ENTERPRISE]);
  });

  test('authorisations go to comprehensive windows; some promised items stay at their department', () => {
    const comprehensive = new Set(comprehensiveWindows.map((window) => window.code));
    expect(seedItems.filter((item) => item.authorisedTo && !comprehensive.has(item.authorisedTo.windowCode))).toEqual(
      [],
    );
    expect(
      seedItems
        .filter((item) => item.handlingMode === HandlingMode.PROMISED && !item.authorisedTo)
        .map((item) => item.code),
    ).toEqual([
      'JF00014000-532503',
      'JF00016000-532503001',
      'JF00018000-532503001',
      'JF00019000-532503001L01',
      'JF00021000-532503001L01',
      'QR00029000-532503',
      'QT00006000-532503',
      'XK00026000-532503',
    ]);
    expect(seedItems.filter((item) => item.handlingMode === HandlingMode.IMMEDIATE && item.authorisedTo)).toEqual([]);
  });

  test('every reference points at a seeded division, department or window', () => {
    const departmentCodes = new Set(departments.map((department) => department.code));
    const windowCodes = new Set(windows.map((window) => window.code));
    const divisionCodes = new Set<string>(divisions.map((division) => division.code));
    const broken = seedItems.flatMap((item) => [
      ...[item.departmentCode, ...item.decidingDepartmentCodes].filter((code) => !departmentCodes.has(code)),
      ...[item.departmentWindowCode].filter((code) => !windowCodes.has(code)),
      ...[item.divisionCode].filter((code) => !divisionCodes.has(code)),
    ]);
    expect(broken).toEqual([]);
    // an item's own window belongs to its department
    expect(
      seedItems.filter(
        (item) =>
          windows.find((window) => window.code === item.departmentWindowCode)!.departmentCode !== item.departmentCode,
      ),
    ).toEqual([]);
  });
});

describe('seeded hall', () => {
  test('the four levels', () => {
    expect(divisions.map((division) => [division.code, division.name, division.level])).toEqual([
      ['532500', '红河哈尼族彝族自治州', 'PREFECTURE'],
      ['532503', '蒙自市', 'CITY'],
      ['532503001', '文澜镇', 'TOWN'],
      ['532503001L01', '银河社区', 'COMMUNITY'],
    ]);
  });

  test("every department window of the plan's layout, zone by zone", () => {
    const shortNamesIn = (zoneCode: string) =>
      departmentWindows
        .filter((window) => window.zoneCode === zoneCode)
        .map((window) => departments.find((department) => department.code === window.departmentCode)!.shortName);
    expect(shortNamesIn('MZ-F1-R')).toEqual(['不动产登记中心', '地税局']);
    expect(shortNamesIn('MZ-F1-L')).toEqual(['公安', '民政', '卫计', '残联']);
    expect(shortNamesIn('MZ-F2-L')).toEqual([
      '发改',
      '林业',
      '交通',
      '环保',
      '国土',
      '水务',
      '住建',
      '气象',
      '文体旅广',
      '工商信',
      '安监',
      '地震',
      '消防大队',
      '移民',
    ]);
    expect(shortNamesIn('MZ-F2-RF')).toEqual([
      '教育',
      '财政',
      '农科',
      '民宗',
      '统计',
      '编办',
      '城市管理',
      '烟草专卖',
      '团市委',
    ]);
    expect(shortNamesIn('MZ-F2-RB')).toEqual(['市场监管局']);
    expect(
      departmentWindows
        .filter((window) => window.zoneCode === 'WL-HALL' || window.zoneCode === 'YH-STATION')
        .map((window) => window.name),
    ).toEqual(['新农合窗口', '养老保险窗口', '民政窗口', '计划生育窗口']);
  });

  test('three comprehensive windows, five themed zones', () => {
    expect(comprehensiveWindows.map((window) => [window.code, window.name, window.kind, window.zoneCode])).toEqual([
      ['CW-INVEST', '投资项目审批综合受理窗口', WindowKind.COMPREHENSIVE, 'MZ-F2-L'],
      ['CW-ENTERPRISE', '企业设立综合受理窗口', WindowKind.COMPREHENSIVE, 'MZ-F2-RB'],
      ['CW-LIVELIHOOD', '民生事务综合受理窗口', WindowKind.COMPREHENSIVE, 'MZ-F1-L'],
    ]);
    expect([...new Set(zones.map((zone) => zone.theme).filter(Boolean))].sort()).toEqual([
      'BUSINESS_CENTRE',
      'ENTERPRISE_AFFAIRS',
      'INVESTMENT_APPROVAL',
      'LIVELIHOOD_AFFAIRS',
      'PUBLIC_RESOURCE_TRADING',
    ]);
  });
});

describe('seeded calendar', () => {
  test("2017, 2025 and 2026, with the notices' day counts", () => {
    const counts = holidayNotices.map((notice) => {
      const days = noticeDays(notice);
      return [
        notice.year,
        days.filter((day) => day.kind === CalendarDayKind.PUBLIC_HOLIDAY).length,
        days.filter((day) => day.kind === CalendarDayKind.WORKED_WEEKEND_DAY).length,
      ];
    });
    // 2017: 2+7+3+3+3+8; 2025: 1+8+3+5+3+8; 2026: 3+9+3+5+3+3+7
    expect(counts).toEqual([
      [2017, 26, 5],
      [2025, 28, 5],
      [2026, 33, 6],
    ]);
  });

  test('every worked day is a Saturday or Sunday, and no day is listed twice', () => {
    const days = holidayNotices.flatMap(noticeDays);
    expect(days.filter((day) => day.kind === CalendarDayKind.WORKED_WEEKEND_DAY && !isWeekend(day.date))).toEqual([]);
    expect(new Set(days.map((day) => day.date)).size).toBe(days.length);
  });
});
