import { registerEnumType } from 'type-graphql';

export { ApplicantType, HandlingMode } from '../../lib/graphql/shared-enums';

/**
 * The catalogue's enums. They are small and read together (an item's guide uses most of them),
 * so they share a file; each is registered with its own description.
 */

/** The four administrative levels of the pilot (蒙政发〔2017〕183号: 州本级、蒙自市、文澜镇、银河社区). */
export enum AdministrativeLevel {
  PREFECTURE = 'PREFECTURE',
  CITY = 'CITY',
  TOWN = 'TOWN',
  COMMUNITY = 'COMMUNITY',
}

/** The national platform's item types; the comment is the platform's type code. */
export enum ServiceItemType {
  ADMINISTRATIVE_LICENCE = 'ADMINISTRATIVE_LICENCE', // 01 行政许可
  ADMINISTRATIVE_PENALTY = 'ADMINISTRATIVE_PENALTY', // 02 行政处罚
  ADMINISTRATIVE_ENFORCEMENT = 'ADMINISTRATIVE_ENFORCEMENT', // 03 行政强制
  ADMINISTRATIVE_LEVY = 'ADMINISTRATIVE_LEVY', // 04 行政征收
  ADMINISTRATIVE_PAYMENT = 'ADMINISTRATIVE_PAYMENT', // 05 行政给付
  ADMINISTRATIVE_CONFIRMATION = 'ADMINISTRATIVE_CONFIRMATION', // 07 行政确认
  ADMINISTRATIVE_REWARD = 'ADMINISTRATIVE_REWARD', // 08 行政奖励
  ADMINISTRATIVE_ADJUDICATION = 'ADMINISTRATIVE_ADJUDICATION', // 09 行政裁决
  OTHER_ADMINISTRATIVE_POWER = 'OTHER_ADMINISTRATIVE_POWER', // 10 其他行政权力
  PUBLIC_SERVICE = 'PUBLIC_SERVICE', // 20 公共服务
}

/** The national platform's four depths of online service (一级 to 四级). */
export enum OnlineDepth {
  INFORMATION = 'INFORMATION',
  FORM_DOWNLOAD = 'FORM_DOWNLOAD',
  ONLINE_PRE_REVIEW = 'ONLINE_PRE_REVIEW',
  FULLY_ONLINE = 'FULLY_ONLINE',
}

/** The legacy system whose record decides an item; the hub dispatches the case to it. */
export enum DecidingSystem {
  FORESTRY_HARVEST = 'FORESTRY_HARVEST',
  FORESTRY_TRANSPORT = 'FORESTRY_TRANSPORT',
  FORESTRY_LAND_USE = 'FORESTRY_LAND_USE',
  HEALTH_INSURANCE = 'HEALTH_INSURANCE',
  PENSIONS = 'PENSIONS',
  PARTY_BUILDING = 'PARTY_BUILDING',
  NONE = 'NONE',
}

export enum ItemStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

export enum DepartmentKind {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  VERTICALLY_MANAGED = 'VERTICALLY_MANAGED',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  PEOPLES_ORGANISATION = 'PEOPLES_ORGANISATION',
  TOWN_GOVERNMENT = 'TOWN_GOVERNMENT',
  COMMUNITY_COMMITTEE = 'COMMUNITY_COMMITTEE',
}

export enum WindowKind {
  COMPREHENSIVE = 'COMPREHENSIVE',
  DEPARTMENT = 'DEPARTMENT',
}

/** The plan's five themed service zones (5个主题服务区). */
export enum ZoneTheme {
  ENTERPRISE_AFFAIRS = 'ENTERPRISE_AFFAIRS',
  INVESTMENT_APPROVAL = 'INVESTMENT_APPROVAL',
  LIVELIHOOD_AFFAIRS = 'LIVELIHOOD_AFFAIRS',
  BUSINESS_CENTRE = 'BUSINESS_CENTRE',
  PUBLIC_RESOURCE_TRADING = 'PUBLIC_RESOURCE_TRADING',
}

export enum MaterialFormat {
  ORIGINAL = 'ORIGINAL',
  COPY = 'COPY',
  ORIGINAL_AND_COPY = 'ORIGINAL_AND_COPY',
  ELECTRONIC = 'ELECTRONIC',
}

export enum AcceptanceMethod {
  PAPER = 'PAPER',
  ELECTRONIC = 'ELECTRONIC',
  PAPER_OR_ELECTRONIC = 'PAPER_OR_ELECTRONIC',
}

/** 材料来源渠道: who produces the material. */
export enum MaterialSource {
  APPLICANT = 'APPLICANT',
  GOVERNMENT_ISSUED = 'GOVERNMENT_ISSUED',
  THIRD_PARTY = 'THIRD_PARTY',
}

export enum CalendarDayKind {
  PUBLIC_HOLIDAY = 'PUBLIC_HOLIDAY',
  WORKED_WEEKEND_DAY = 'WORKED_WEEKEND_DAY',
}

registerEnumType(AdministrativeLevel, {
  name: 'AdministrativeLevel',
  description: 'Administrative level at which an item is handled or a department sits.',
  valuesConfig: {
    PREFECTURE: { description: 'Prefecture (州本级): 红河哈尼族彝族自治州.' },
    CITY: { description: 'County-level city (市): 蒙自市.' },
    TOWN: { description: 'Town or street (镇/街道): 文澜镇.' },
    COMMUNITY: { description: 'Community (社区): 银河社区.' },
  },
});
registerEnumType(ServiceItemType, {
  name: 'ServiceItemType',
  description: 'Item type of the national government-service platform (its two-digit type code in brackets).',
  valuesConfig: {
    ADMINISTRATIVE_LICENCE: { description: '01 行政许可.' },
    ADMINISTRATIVE_PENALTY: { description: '02 行政处罚.' },
    ADMINISTRATIVE_ENFORCEMENT: { description: '03 行政强制.' },
    ADMINISTRATIVE_LEVY: { description: '04 行政征收.' },
    ADMINISTRATIVE_PAYMENT: { description: '05 行政给付.' },
    ADMINISTRATIVE_CONFIRMATION: { description: '07 行政确认.' },
    ADMINISTRATIVE_REWARD: { description: '08 行政奖励.' },
    ADMINISTRATIVE_ADJUDICATION: { description: '09 行政裁决.' },
    OTHER_ADMINISTRATIVE_POWER: { description: '10 其他行政权力.' },
    PUBLIC_SERVICE: { description: '20 公共服务.' },
  },
});
registerEnumType(OnlineDepth, {
  name: 'OnlineDepth',
  description: "How far an item can be handled online (the national platform's depth levels one to four).",
  valuesConfig: {
    INFORMATION: { description: 'Level 1: the guide is published online.' },
    FORM_DOWNLOAD: { description: 'Level 2: forms can be downloaded.' },
    ONLINE_PRE_REVIEW: { description: 'Level 3: applied for and pre-reviewed online; one visit to the hall.' },
    FULLY_ONLINE: { description: 'Level 4: handled fully online (全程网办), no visit needed.' },
  },
});
registerEnumType(DecidingSystem, {
  name: 'DecidingSystem',
  description: 'The legacy system whose record decides the item, or NONE when the decision lives in the hub.',
  valuesConfig: {
    FORESTRY_HARVEST: { description: 'Forestry harvest-permit system (林木采伐许可证, SOAP 1.1).' },
    FORESTRY_TRANSPORT: { description: 'Forestry timber-transport-permit system (木材运输证, JSON over HTTP).' },
    FORESTRY_LAND_USE: { description: 'Forestry land-use approval system (使用林地审核, GBK XML).' },
    HEALTH_INSURANCE: { description: 'The township 新农合 rural cooperative medical insurance system.' },
    PENSIONS: { description: "The 城乡居民基本养老保险 residents' pension system." },
    PARTY_BUILDING: {
      description: "The organisation department's party-building system (党建系统) used by the community.",
    },
    NONE: { description: "No legacy system: decided in the hub's own workflow." },
  },
});
registerEnumType(ItemStatus, {
  name: 'ItemStatus',
  description: 'Whether an item can still be applied for today.',
  valuesConfig: {
    ACTIVE: { description: 'Open for applications.' },
    RETIRED: { description: 'Retired from its retiredOn date; new applications are refused.' },
  },
});
registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: 'What kind of body a department is.',
  valuesConfig: {
    GOVERNMENT_DEPARTMENT: { description: 'A working department of the city government (市政府工作部门).' },
    VERTICALLY_MANAGED: {
      description: 'A vertically managed office (垂直管理), e.g. tax, meteorology, tobacco, fire brigade.',
    },
    PUBLIC_INSTITUTION: { description: 'A public institution (事业单位), e.g. the real-estate registration centre.' },
    PEOPLES_ORGANISATION: {
      description: "A people's organisation (人民团体), e.g. the Disabled Persons' Federation, the Youth League.",
    },
    TOWN_GOVERNMENT: { description: 'A town government (镇人民政府) and its service hall.' },
    COMMUNITY_COMMITTEE: { description: "A community residents' committee (社区居民委员会) and its service station." },
  },
});
registerEnumType(WindowKind, {
  name: 'WindowKind',
  description: 'The two kinds of window of the "1+×" hall.',
  valuesConfig: {
    COMPREHENSIVE: { description: '综合受理窗口: accepts the promised items departments have authorised to it.' },
    DEPARTMENT: { description: "部门窗口: a department's own window, for its immediate items." },
  },
});
registerEnumType(ZoneTheme, {
  name: 'ZoneTheme',
  description: 'The five themed service zones of the city hall.',
  valuesConfig: {
    ENTERPRISE_AFFAIRS: { description: '企业事务综合服务区.' },
    INVESTMENT_APPROVAL: { description: '投资项目审批服务区.' },
    LIVELIHOOD_AFFAIRS: { description: '民生事务综合服务区.' },
    BUSINESS_CENTRE: { description: '商务中心综合服务区 (courier, printing, copying).' },
    PUBLIC_RESOURCE_TRADING: { description: '公共资源交易服务区.' },
  },
});
registerEnumType(MaterialFormat, {
  name: 'MaterialFormat',
  description: 'In what form a material is handed in.',
  valuesConfig: {
    ORIGINAL: { description: '原件.' },
    COPY: { description: '复印件.' },
    ORIGINAL_AND_COPY: {
      description: 'The original is inspected and returned; the copy is kept (原件核验、留存复印件).',
    },
    ELECTRONIC: { description: 'An electronic document or licence (电子材料/电子证照).' },
  },
});
registerEnumType(AcceptanceMethod, {
  name: 'AcceptanceMethod',
  description: 'How the window accepts a material.',
  valuesConfig: {
    PAPER: { description: 'On paper at the window.' },
    ELECTRONIC: { description: 'Uploaded or fetched electronically.' },
    PAPER_OR_ELECTRONIC: { description: 'Either on paper or electronically.' },
  },
});
registerEnumType(MaterialSource, {
  name: 'MaterialSource',
  description: 'Who produces a material (材料来源渠道).',
  valuesConfig: {
    APPLICANT: {
      description: 'Prepared and filled in by the applicant (申请人自备); comes with a blank form and a sample.',
    },
    GOVERNMENT_ISSUED: { description: 'Issued by a government body (政府部门核发), e.g. an ID card or a certificate.' },
    THIRD_PARTY: { description: 'Issued by a third party (其他), e.g. a hospital, a bank, a design institute.' },
  },
});
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'Why a day departs from the Monday-to-Friday rule.',
  valuesConfig: {
    PUBLIC_HOLIDAY: {
      description: "A day off of the State Council's holiday arrangement (放假), weekdays and weekends alike.",
    },
    WORKED_WEEKEND_DAY: { description: 'A Saturday or Sunday worked in exchange (调休上班).' },
  },
});
