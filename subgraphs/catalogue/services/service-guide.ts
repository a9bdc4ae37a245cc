import { fenToYuan } from '../../../adapters/kit/normalise';
import {
  AcceptanceMethod,
  ApplicantType,
  HandlingMode,
  MaterialFormat,
  MaterialSource,
  OnlineDepth,
  ServiceItemType,
} from '../enums';
import { MaterialElements, StepElements } from './item-elements';

/** What a printed guide (办事指南) says, gathered from one item version and its neighbours. */
export interface GuideSource {
  code: string;
  version: number;
  validFrom: string;
  retiredOn: string | null;
  name: string;
  type: ServiceItemType;
  departmentName: string;
  windowName: string;
  handlingMode: HandlingMode;
  legalTimeLimit: number;
  promisedTimeLimit: number;
  fee: { charged: boolean; amountFen: number | null; basis: string | null; note: string };
  servesApplicantTypes: ApplicantType[];
  conditions: string;
  legalBasis: string;
  onlineDepth: OnlineDepth;
  visitsRequired: number;
  materials: MaterialElements[];
  process: StepElements[];
}

/* The words a printed guide uses for the catalogue's enums. */
const TYPE: Record<ServiceItemType, string> = {
  ADMINISTRATIVE_LICENCE: '行政许可',
  ADMINISTRATIVE_PENALTY: '行政处罚',
  ADMINISTRATIVE_ENFORCEMENT: '行政强制',
  ADMINISTRATIVE_LEVY: '行政征收',
  ADMINISTRATIVE_PAYMENT: '行政给付',
  ADMINISTRATIVE_CONFIRMATION: '行政确认',
  ADMINISTRATIVE_REWARD: '行政奖励',
  ADMINISTRATIVE_ADJUDICATION: '行政裁决',
  OTHER_ADMINISTRATIVE_POWER: '其他行政权力',
  PUBLIC_SERVICE: '公共服务',
};
const HANDLING: Record<HandlingMode, string> = { IMMEDIATE: '即办件', PROMISED: '承诺件' };
const APPLICANT: Record<ApplicantType, string> = { PERSON: '自然人', ENTERPRISE: '法人' };
const DEPTH: Record<OnlineDepth, string> = {
  INFORMATION: '一级（办事指南网上公开）',
  FORM_DOWNLOAD: '二级（表格网上下载）',
  ONLINE_PRE_REVIEW: '三级（网上预审，到现场一次）',
  FULLY_ONLINE: '四级（全程网办）',
};
const SOURCE: Record<MaterialSource, string> = {
  APPLICANT: '申请人自备',
  GOVERNMENT_ISSUED: '政府部门核发',
  THIRD_PARTY: '其他（第三方出具）',
};
const FORMAT: Record<MaterialFormat, string> = {
  ORIGINAL: '原件',
  COPY: '复印件',
  ORIGINAL_AND_COPY: '原件核验，留存复印件',
  ELECTRONIC: '电子材料',
};
const ACCEPTANCE: Record<AcceptanceMethod, string> = {
  PAPER: '纸质',
  ELECTRONIC: '电子',
  PAPER_OR_ELECTRONIC: '纸质或电子',
};

function feeLine({ charged, amountFen, basis, note }: GuideSource['fee']): string {
  if (!charged) return '不收费';
  const amount = amountFen == null ? note : `${fenToYuan(amountFen)}元（${note}）`;
  return basis ? `${amount}；收费依据：${basis}` : amount;
}

function materialLines(material: MaterialElements, index: number): string[] {
  return [
    `${index + 1}. ${material.name}（${material.code}）`,
    `   是否必需：${material.required ? '必需' : '非必需（视情形提供）'}`,
    `   材料依据：${material.legalBasis}`,
    `   来源渠道：${SOURCE[material.source]}`,
    `   材料形式：${FORMAT[material.format]}，${material.copies}份`,
    `   受理方式：${ACCEPTANCE[material.acceptanceMethod]}`,
    `   签字签章：${material.signatureRule}`,
    `   空白表格：${material.blankForm ?? '无（由出具单位提供）'}`,
    `   填写说明：${material.instructions}`,
    `   示范文本：${material.sample ?? '无'}`,
  ];
}

/**
 * The guide as a terminal prints it: plain text, one element per line, every material with its
 * blank form and sample named, so a resident leaves the hall knowing everything to bring.
 */
export function formatServiceGuide(guide: GuideSource): string {
  const validity = guide.retiredOn ? `，${guide.retiredOn}起停止受理` : '';
  return [
    `办事指南：${guide.name}`,
    `事项编码：${guide.code}（第${guide.version}版，${guide.validFrom}起施行${validity}）`,
    `事项类型：${TYPE[guide.type]}`,
    `实施主体：${guide.departmentName}`,
    `办理窗口：${guide.windowName}`,
    `办件类型：${HANDLING[guide.handlingMode]}`,
    `法定办结时限：${guide.legalTimeLimit}个工作日`,
    `承诺办结时限：${guide.promisedTimeLimit === 0 ? '当场办结' : `${guide.promisedTimeLimit}个工作日`}`,
    `收费标准：${feeLine(guide.fee)}`,
    `服务对象：${guide.servesApplicantTypes.map((type) => APPLICANT[type]).join('、')}`,
    `受理条件：${guide.conditions}`,
    `设定依据：${guide.legalBasis}`,
    `网上办理深度：${DEPTH[guide.onlineDepth]}`,
    `到办事现场次数：${guide.visitsRequired}次`,
    '',
    `申请材料（共${guide.materials.length}项）：`,
    ...guide.materials.flatMap(materialLines),
    '',
    '办理流程：',
    ...guide.process.map(
      (step, index) =>
        `${index + 1}. ${step.name}（${step.actor}，${step.workingDays === 0 ? '当日' : `${step.workingDays}个工作日`}）：${step.description}`,
    ),
  ].join('\n');
}
