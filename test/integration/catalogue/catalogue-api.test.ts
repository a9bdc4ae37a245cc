import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';
import { errorCodes, postGraphQL as postGraphql } from '../../support/graphql';

let server: RunningServer;
let drop: () => Promise<void>;
const query = (text: string, variables?: Record<string, unknown>) => postGraphql(server.url, text, variables);

beforeAll(async () => {
  const database = await createTestDatabase('catalogue_api');
  drop = database.drop;
  server = await startCatalogue({ port: 0, databaseUrl: database.url, logger: createLogger('catalogue-test') });
});

afterAll(async () => {
  await server?.stop();
  await drop?.();
});

const CODES = `query($filter: ServiceItemFilter, $first: Int, $after: String) {
  serviceItems(filter: $filter, first: $first, after: $after) { totalCount nodes { code } pageInfo { hasNextPage } }
}`;
const codes = async (filter: Record<string, unknown>) => {
  const { data } = await query(CODES, { filter, first: 100 });
  return data.serviceItems.nodes.map((node: { code: string }) => node.code);
};

describe('serviceItems pagination', () => {
  const PAGE = `query($first: Int, $after: String) {
    serviceItems(first: $first, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } }
  }`;

  test('first: 1 gives the first item by code, and a next page', async () => {
    const { data } = await query(PAGE, { first: 1 });
    expect(data.serviceItems.totalCount).toBe(28);
    expect(data.serviceItems.edges.map((edge: any) => edge.node.code)).toEqual(['GG00007000-532503']);
    expect(data.serviceItems.pageInfo).toEqual({ hasNextPage: true, endCursor: data.serviceItems.edges[0].cursor });
  });

  test('pages of ten walk all 28 items once; the last page says there is no next', async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const { data } = await query(PAGE, { first: 10, after });
      pages.push(data.serviceItems.edges.map((edge: any) => edge.node.code));
      ({ hasNextPage, endCursor: after } = data.serviceItems.pageInfo);
    }
    expect(pages.map((page) => page.length)).toEqual([10, 10, 8]);
    expect(new Set(pages.flat()).size).toBe(28);
    expect(pages[2].at(-1)).toBe('XK00026000-532503');
  });

  test('after the last cursor: an empty page', async () => {
    const last = await query(PAGE, { first: 100 });
    const { data } = await query(PAGE, { first: 5, after: last.data.serviceItems.pageInfo.endCursor });
    expect(data.serviceItems).toEqual({ totalCount: 28, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  test('a cursor the list did not hand out is refused, naming after', async () => {
    for (const after of ['nonsense', Buffer.from('Case:XK00001000-532503').toString('base64url'), '']) {
      expect(errorCodes(await query(PAGE, { first: 1, after }))).toEqual([{ code: 'BAD_USER_INPUT', field: 'after' }]);
    }
  });

  test('first out of 1..100 is refused, naming first', async () => {
    for (const first of [0, -1, 101]) {
      const body = await query(PAGE, { first });
      expect([first, errorCodes(body), body.data]).toEqual([first, [{ code: 'BAD_USER_INPUT', field: 'first' }], null]);
    }
    const { data } = await query(PAGE, { first: 100 });
    expect(data.serviceItems.edges).toHaveLength(28);
  });
});

describe('serviceItems filters', () => {
  test('keyword matches the name or the code; retired items only when asked', async () => {
    expect(await codes({ keyword: '林' })).toEqual(['XK00001000-532503', 'XK00003000-532503']);
    expect(await codes({ keyword: '木材' })).toEqual([]);
    expect(await codes({ keyword: '木材', includeRetired: true })).toEqual(['XK00002000-532503']);
    expect(await codes({ keyword: 'QT0000' })).toEqual(['QT00005000-532503', 'QT00006000-532503']);
  });

  test('departmentCode', async () => {
    expect(await codes({ departmentCode: '532503-LYJ' })).toEqual(['XK00001000-532503', 'XK00003000-532503']);
    expect(await codes({ departmentCode: '532503-LYJ', includeRetired: true })).toEqual([
      'XK00001000-532503',
      'XK00002000-532503',
      'XK00003000-532503',
    ]);
  });

  test('handlingMode', async () => {
    expect(await codes({ handlingMode: 'IMMEDIATE' })).toEqual([
      'GG00007000-532503',
      'GG00008000-532503',
      'GG00015000-532503001',
      'GG00017000-532503001',
      'GG00020000-532503001L01',
      'GG00028000-532503',
    ]);
    expect(await codes({ handlingMode: 'PROMISED', departmentCode: '532503-FGJ' })).toEqual([
      'QT00005000-532503',
      'QT00006000-532503',
      'XK00004000-532503',
    ]);
  });

  test('level', async () => {
    expect(await codes({ level: 'COMMUNITY' })).toEqual([
      'GG00020000-532503001L01',
      'JF00019000-532503001L01',
      'JF00021000-532503001L01',
    ]);
    expect(await codes({ level: 'TOWN' })).toEqual([
      'GG00015000-532503001',
      'GG00017000-532503001',
      'JF00016000-532503001',
      'JF00018000-532503001',
    ]);
    expect(await codes({ level: 'PREFECTURE' })).toEqual([]);
  });

  test('highVolumeOnline', async () => {
    expect(await codes({ highVolumeOnline: true })).toEqual([
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

  test('windowCode follows where the item is applied for: the authorised comprehensive window, else the department window', async () => {
    expect(await codes({ windowCode: 'CW-INVEST' })).toEqual([
      'QT00005000-532503',
      'XK00001000-532503',
      'XK00003000-532503',
      'XK00004000-532503',
      'XK00024000-532503',
      'XK00025000-532503',
    ]);
    expect(await codes({ windowCode: 'CW-ENTERPRISE' })).toEqual([
      'XK00009000-532503',
      'XK00010000-532503',
      'XK00011000-532503',
      'XK00013000-532503',
    ]);
    expect(await codes({ windowCode: 'CW-LIVELIHOOD' })).toEqual([
      'QR00022000-532503',
      'QR00027000-532503',
      'XK00012000-532503',
      'XK00023000-532503',
    ]);
    expect(await codes({ windowCode: 'DW-FGJ' })).toEqual(['QT00006000-532503']);
    // the transport permit's authorisation ended with the item: it is back at the forestry window
    expect(await codes({ windowCode: 'DW-LYJ', includeRetired: true })).toEqual(['XK00002000-532503']);
    expect(await codes({ windowCode: 'NO-SUCH-WINDOW' })).toEqual([]);
  });

  test('an over-long keyword is refused, naming it', async () => {
    expect(errorCodes(await query(CODES, { filter: { keyword: '林'.repeat(101) } }))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'filter.keyword' },
    ]);
  });
});

describe('serviceItem', () => {
  test('the full guide of the current version', async () => {
    const { data } = await query(`{
      serviceItem(code: "XK00001000-532503") {
        code version basicCode name type handlingMode legalTimeLimit promisedTimeLimit
        fee { charged amountFen basis note } servesApplicantTypes
        department { code name } decidingDepartments { code } window { code kind } level division { code name }
        onlineDepth decidingSystem highVolumeOnline visitsRequired validFrom validUntil retiredOn status isCurrentVersion
        materials { code name required source format copies acceptanceMethod signatureRule blankForm sample }
        process { position name actor workingDays }
      }
    }`);
    expect(data.serviceItem).toEqual({
      code: 'XK00001000-532503',
      version: 2,
      basicCode: 'XK00001000',
      name: '林木采伐许可证核发',
      type: 'ADMINISTRATIVE_LICENCE',
      handlingMode: 'PROMISED',
      legalTimeLimit: 20,
      promisedTimeLimit: 10,
      fee: { charged: false, amountFen: null, basis: null, note: '不收费' },
      servesApplicantTypes: ['PERSON', 'ENTERPRISE'],
      department: { code: '532503-LYJ', name: '蒙自市林业局' },
      decidingDepartments: [{ code: '532503-LYJ' }],
      window: { code: 'CW-INVEST', kind: 'COMPREHENSIVE' },
      level: 'CITY',
      division: { code: '532503', name: '蒙自市' },
      onlineDepth: 'FULLY_ONLINE',
      decidingSystem: 'FORESTRY_HARVEST',
      highVolumeOnline: false,
      visitsRequired: 0,
      validFrom: '2020-07-01',
      validUntil: null,
      retiredOn: null,
      status: 'ACTIVE',
      isCurrentVersion: true,
      materials: [
        {
          code: 'M01',
          name: '林木采伐申请书',
          required: true,
          source: 'APPLICANT',
          format: 'ORIGINAL',
          copies: 1,
          acceptanceMethod: 'PAPER_OR_ELECTRONIC',
          signatureRule: '申请人签字；单位申请的加盖单位公章',
          blankForm: '林木采伐申请书.docx',
          sample: '林木采伐申请书（示范文本）.pdf',
        },
        {
          code: 'M02',
          name: '申请人居民身份证',
          required: true,
          source: 'GOVERNMENT_ISSUED',
          format: 'ORIGINAL_AND_COPY',
          copies: 1,
          acceptanceMethod: 'PAPER_OR_ELECTRONIC',
          signatureRule: '复印件由申请人签字确认与原件一致',
          blankForm: null,
          sample: null,
        },
        {
          code: 'M03',
          name: '林权证',
          required: true,
          source: 'GOVERNMENT_ISSUED',
          format: 'ORIGINAL_AND_COPY',
          copies: 1,
          acceptanceMethod: 'PAPER_OR_ELECTRONIC',
          signatureRule: '复印件由申请人签字确认与原件一致',
          blankForm: null,
          sample: null,
        },
        {
          code: 'M04',
          name: '伐区调查设计文件',
          required: true,
          source: 'THIRD_PARTY',
          format: 'ORIGINAL',
          copies: 1,
          acceptanceMethod: 'PAPER_OR_ELECTRONIC',
          signatureRule: '加盖调查设计单位公章',
          blankForm: null,
          sample: null,
        },
        {
          code: 'M05',
          name: '授权委托书',
          required: false,
          source: 'APPLICANT',
          format: 'ORIGINAL',
          copies: 1,
          acceptanceMethod: 'PAPER_OR_ELECTRONIC',
          signatureRule: '委托人签字或加盖单位公章，受托人签字',
          blankForm: '授权委托书.docx',
          sample: '授权委托书（示范文本）.pdf',
        },
      ],
      process: [
        { position: 1, name: '受理', actor: '投资项目审批综合受理窗口', workingDays: 0 },
        { position: 2, name: '审查', actor: '市林业局承办股室', workingDays: 7 },
        { position: 3, name: '决定', actor: '市林业局分管领导', workingDays: 3 },
        { position: 4, name: '送达', actor: '投资项目审批综合受理窗口', workingDays: 0 },
      ],
    });
  });

  test('a past version by number; the retired transport permit', async () => {
    const { data } = await query(`{
      v1: serviceItem(code: "XK00001000-532503", version: 1) { version validFrom validUntil onlineDepth isCurrentVersion legalBasis }
      transport: serviceItem(code: "XK00002000-532503") { version status validFrom validUntil retiredOn window { code } }
      investment: serviceItem(code: "XK00004000-532503") { decidingDepartments { code } window { code } }
      immediate: serviceItem(code: "GG00007000-532503") { handlingMode promisedTimeLimit window { code kind department { code } } }
    }`);
    expect(data).toEqual({
      v1: {
        version: 1,
        validFrom: '2017-10-01',
        validUntil: '2020-06-30',
        onlineDepth: 'ONLINE_PRE_REVIEW',
        isCurrentVersion: false,
        legalBasis: '《中华人民共和国森林法》（1998年修正）第三十二条；《中华人民共和国森林法实施条例》第三十二条',
      },
      transport: {
        version: 1,
        status: 'RETIRED',
        validFrom: '2017-10-01',
        validUntil: '2020-06-30',
        retiredOn: '2020-07-01',
        window: { code: 'DW-LYJ' },
      },
      investment: {
        decidingDepartments: [{ code: '532503-FGJ' }, { code: '532503-GTJ' }, { code: '532503-LYJ' }],
        window: { code: 'CW-INVEST' },
      },
      immediate: {
        handlingMode: 'IMMEDIATE',
        promisedTimeLimit: 0,
        window: { code: 'DW-CL', kind: 'DEPARTMENT', department: { code: '532503-CL' } },
      },
    });
  });

  test('unknown code or version is null; version 0 is refused', async () => {
    expect(
      (
        await query(
          '{ a: serviceItem(code: "XK99999000-532503") { code } b: serviceItem(code: "XK00001000-532503", version: 9) { code } }',
        )
      ).data,
    ).toEqual({ a: null, b: null });
    const body = await query('{ serviceItem(code: "XK00001000-532503", version: 0) { code } }');
    expect([errorCodes(body), body.data]).toEqual([
      [{ code: 'BAD_USER_INPUT', field: 'version' }],
      { serviceItem: null },
    ]);
  });
});

describe('departments, windows, zones, authorisations', () => {
  test('departments count their items and how many they delegated', async () => {
    const { data } = await query('{ departments { code level divisionCode itemCount authorisedItemCount } }');
    expect(data.departments).toHaveLength(34);
    const withItems = data.departments.filter((department: any) => department.itemCount > 0);
    expect(withItems).toEqual([
      { code: '532503-BDC', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 1 },
      { code: '532503-CL', level: 'CITY', divisionCode: '532503', itemCount: 2, authorisedItemCount: 0 },
      { code: '532503-FGJ', level: 'CITY', divisionCode: '532503', itemCount: 3, authorisedItemCount: 2 },
      { code: '532503-GAJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 1 },
      { code: '532503-GTJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 1 },
      { code: '532503-HBJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 0 },
      { code: '532503-JYJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 0 },
      { code: '532503-LYJ', level: 'CITY', divisionCode: '532503', itemCount: 2, authorisedItemCount: 2 },
      { code: '532503-MZ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 1 },
      { code: '532503-RSJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 0 },
      { code: '532503-SCJG', level: 'CITY', divisionCode: '532503', itemCount: 3, authorisedItemCount: 3 },
      { code: '532503-WJJ', level: 'CITY', divisionCode: '532503', itemCount: 3, authorisedItemCount: 2 },
      { code: '532503-ZJJ', level: 'CITY', divisionCode: '532503', itemCount: 1, authorisedItemCount: 1 },
      { code: '532503001-ZF', level: 'TOWN', divisionCode: '532503001', itemCount: 4, authorisedItemCount: 0 },
      {
        code: '532503001L01-JWH',
        level: 'COMMUNITY',
        divisionCode: '532503001L01',
        itemCount: 3,
        authorisedItemCount: 0,
      },
    ]);
  });

  test('one department with its items and windows; unknown is null', async () => {
    const { data } = await query(`{
      department(code: "532503-LYJ") { code name shortName kind items { code } windows { code } }
      unknown: department(code: "532503-XXX") { code }
    }`);
    expect(data).toEqual({
      department: {
        code: '532503-LYJ',
        name: '蒙自市林业局',
        shortName: '林业',
        kind: 'GOVERNMENT_DEPARTMENT',
        items: [{ code: 'XK00001000-532503' }, { code: 'XK00003000-532503' }],
        windows: [{ code: 'DW-LYJ' }],
      },
      unknown: null,
    });
  });

  test('windows by kind and by zone', async () => {
    const { data } = await query(`{
      all: windows { code }
      comprehensive: windows(kind: COMPREHENSIVE) { code name floor department { code } zone { code name theme } }
      investmentZone: windows(zoneCode: "MZ-F2-L") { code kind }
    }`);
    expect(data.all).toHaveLength(38);
    expect(data.comprehensive).toEqual([
      {
        code: 'CW-ENTERPRISE',
        name: '企业设立综合受理窗口',
        floor: 2,
        department: null,
        zone: { code: 'MZ-F2-RB', name: '企业综合受理区', theme: 'ENTERPRISE_AFFAIRS' },
      },
      {
        code: 'CW-INVEST',
        name: '投资项目审批综合受理窗口',
        floor: 2,
        department: null,
        zone: { code: 'MZ-F2-L', name: '投资项目审批综合受理区', theme: 'INVESTMENT_APPROVAL' },
      },
      {
        code: 'CW-LIVELIHOOD',
        name: '民生事务综合受理窗口',
        floor: 1,
        department: null,
        zone: { code: 'MZ-F1-L', name: '民生事务综合受理区（一楼）', theme: 'LIVELIHOOD_AFFAIRS' },
      },
    ]);
    expect(data.investmentZone).toHaveLength(15);
    expect(data.investmentZone.filter((window: any) => window.kind === 'COMPREHENSIVE')).toEqual([
      { code: 'CW-INVEST', kind: 'COMPREHENSIVE' },
    ]);
  });

  test('hall zones', async () => {
    const { data } = await query('{ hallZones { code floor theme windows { code } } }');
    expect(data.hallZones.map((zone: any) => [zone.code, zone.floor, zone.theme, zone.windows.length])).toEqual([
      ['MZ-BC', null, 'BUSINESS_CENTRE', 0],
      ['MZ-F1-L', 1, 'LIVELIHOOD_AFFAIRS', 5],
      ['MZ-F1-R', 1, null, 2],
      ['MZ-F2-L', 2, 'INVESTMENT_APPROVAL', 15],
      ['MZ-F2-RB', 2, 'ENTERPRISE_AFFAIRS', 2],
      ['MZ-F2-RF', 2, 'LIVELIHOOD_AFFAIRS', 9],
      ['MZ-PRT', null, 'PUBLIC_RESOURCE_TRADING', 0],
      ['MZ2-F1', 1, null, 1],
      ['WL-HALL', 1, null, 2],
      ['YH-STATION', 1, null, 2],
    ]);
  });

  test('authorisations in force, by window, department and item', async () => {
    const { data } = await query(`{
      all: authorisations { itemCode }
      enterprise: authorisations(windowCode: "CW-ENTERPRISE") { itemCode department { code } window { code } item { name } grantedOn revokedOn }
      health: authorisations(departmentCode: "532503-WJJ") { itemCode window { code } }
      transport: authorisations(itemCode: "XK00002000-532503") { itemCode }
      notDelegated: authorisations(itemCode: "XK00026000-532503") { itemCode }
    }`);
    expect(data.all).toHaveLength(14);
    expect(data.enterprise).toEqual([
      {
        itemCode: 'XK00009000-532503',
        department: { code: '532503-SCJG' },
        window: { code: 'CW-ENTERPRISE' },
        item: { name: '企业设立登记（五证合一、一照一码）' },
        grantedOn: '2017-10-01',
        revokedOn: null,
      },
      {
        itemCode: 'XK00010000-532503',
        department: { code: '532503-SCJG' },
        window: { code: 'CW-ENTERPRISE' },
        item: { name: '个体工商户注册登记' },
        grantedOn: '2017-10-01',
        revokedOn: null,
      },
      {
        itemCode: 'XK00011000-532503',
        department: { code: '532503-SCJG' },
        window: { code: 'CW-ENTERPRISE' },
        item: { name: '食品经营许可' },
        grantedOn: '2017-10-01',
        revokedOn: null,
      },
      {
        itemCode: 'XK00013000-532503',
        department: { code: '532503-WJJ' },
        window: { code: 'CW-ENTERPRISE' },
        item: { name: '公共场所卫生许可' },
        grantedOn: '2017-11-01',
        revokedOn: null,
      },
    ]);
    expect(data.health).toEqual([
      { itemCode: 'XK00012000-532503', window: { code: 'CW-LIVELIHOOD' } },
      { itemCode: 'XK00013000-532503', window: { code: 'CW-ENTERPRISE' } },
    ]);
    expect(data.transport).toEqual([]);
    expect(data.notDelegated).toEqual([]);
  });
});

describe('working days', () => {
  test('dueDate and deadline', async () => {
    const { data } = await query(`{
      nationalDay: dueDate(acceptedOn: "2017-09-29", workingDays: 1)
      springFestival: dueDate(acceptedOn: "2026-02-13", workingDays: 2)
      zero: dueDate(acceptedOn: "2026-03-02", workingDays: 0)
      definite: deadline(acceptedOn: "2026-02-27", workingDays: 1) { dueDate provisional provisionalYears }
      provisional: deadline(acceptedOn: "2026-12-30", workingDays: 3) { dueDate provisional provisionalYears }
    }`);
    expect(data).toEqual({
      nationalDay: '2017-09-30',
      springFestival: '2026-02-24',
      zero: '2026-03-02',
      definite: { dueDate: '2026-02-28', provisional: false, provisionalYears: [] },
      provisional: { dueDate: '2027-01-04', provisional: true, provisionalYears: [2027] },
    });
  });

  test("calendarYear lists a notice's days, or says the year is provisional", async () => {
    const { data } = await query(`{
      y2026: calendarYear(year: 2026) { year provisional noticeTitle publishedOn holidays { date } workedWeekendDays { date kind festival } }
      y2030: calendarYear(year: 2030) { year provisional noticeTitle holidays { date } workedWeekendDays { date } }
    }`);
    expect(data.y2026.holidays).toHaveLength(33);
    expect({ ...data.y2026, holidays: undefined }).toEqual({
      year: 2026,
      provisional: false,
      noticeTitle: '国务院办公厅关于2026年部分节假日安排的通知',
      publishedOn: '2025-11-04',
      holidays: undefined,
      workedWeekendDays: [
        { date: '2026-01-04', kind: 'WORKED_WEEKEND_DAY', festival: '元旦' },
        { date: '2026-02-14', kind: 'WORKED_WEEKEND_DAY', festival: '春节' },
        { date: '2026-02-28', kind: 'WORKED_WEEKEND_DAY', festival: '春节' },
        { date: '2026-05-09', kind: 'WORKED_WEEKEND_DAY', festival: '劳动节' },
        { date: '2026-09-20', kind: 'WORKED_WEEKEND_DAY', festival: '国庆节' },
        { date: '2026-10-10', kind: 'WORKED_WEEKEND_DAY', festival: '国庆节' },
      ],
    });
    expect(data.y2030).toEqual({
      year: 2030,
      provisional: true,
      noticeTitle: null,
      holidays: [],
      workedWeekendDays: [],
    });
  });

  test('bad input is refused with the field named', async () => {
    const DUE =
      'query($acceptedOn: Date!, $workingDays: Int!) { dueDate(acceptedOn: $acceptedOn, workingDays: $workingDays) }';
    expect(errorCodes(await query(DUE, { acceptedOn: '2026-03-02', workingDays: -1 }))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'workingDays' },
    ]);
    expect(errorCodes(await query(DUE, { acceptedOn: '2026-03-02', workingDays: 1001 }))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'workingDays' },
    ]);
    expect(errorCodes(await query(DUE, { acceptedOn: '2026-02-30', workingDays: 1 }))).toEqual([
      { code: 'BAD_USER_INPUT', field: undefined },
    ]);
    expect(errorCodes(await query('{ calendarYear(year: 1900) { year } }'))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'year' },
    ]);
  });
});

describe('federation', () => {
  test('references resolve by code (current version), by code and version, and for departments and windows', async () => {
    const { data } = await query(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on ServiceItem { code version }
          ... on Department { code name }
          ... on Window { code kind }
        }
      }`,
      {
        representations: [
          { __typename: 'ServiceItem', code: 'XK00001000-532503' },
          { __typename: 'ServiceItem', code: 'XK00001000-532503', version: 1 },
          { __typename: 'ServiceItem', code: 'XK99999000-532503' },
          { __typename: 'Department', code: '532503-CL' },
          { __typename: 'Window', code: 'CW-LIVELIHOOD' },
        ],
      },
    );
    expect(data._entities).toEqual([
      { code: 'XK00001000-532503', version: 2 },
      { code: 'XK00001000-532503', version: 1 },
      null,
      { code: '532503-CL', name: '蒙自市残疾人联合会' },
      { code: 'CW-LIVELIHOOD', kind: 'COMPREHENSIVE' },
    ]);
  });

  test('the SDL carries both ServiceItem keys and the Department key', async () => {
    const { data } = await query('{ _service { sdl } }');
    expect(data._service.sdl).toMatch(
      /type ServiceItem\s+@key\(fields: "code"\)\s+@key\(fields: "code version"\)\s+\{/,
    );
    expect(data._service.sdl).toMatch(/type Department\s+@key\(fields: "code"\)\s+\{/);
    expect(data._service.sdl).toContain('first: Int = 20');
  });
});

test('health: ready while its database answers', async () => {
  const response = await fetch(server.url.replace('/graphql', '/health/ready'));
  expect([response.status, await response.json()]).toEqual([
    200,
    { service: 'catalogue', status: 'ok', database: 'ok' },
  ]);
});
