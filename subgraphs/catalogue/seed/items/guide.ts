import { AcceptanceMethod, MaterialFormat, MaterialSource } from '../../enums';
import { ItemRevision, MaterialElements, NewItem, StepElements } from '../../services/item-elements';

/** An item as seeded: its first version, later revisions, retirement, and its authorisation. */
export interface SeedItem extends NewItem {
  revisions?: ItemRevision[];
  retiredOn?: string;
  /** The comprehensive window the department authorised the item to, and from when. */
  authorisedTo?: { windowCode: string; grantedOn: string };
}

/** The pilot's implementation stage began on 2017-10-01: the day the first guides took effect. */
export const PILOT_START = '2017-10-01';

export const ID_CARD_LAW = '《中华人民共和国居民身份证法》第十四条';

/*
 * Builders for the materials most guides share. Each fills every element of the guide; item files
 * add their own specific materials with `form` (filled in by the applicant) or `issued` (issued by
 * someone else).
 */

export function form(
  code: string,
  name: string,
  legalBasis: string,
  instructions: string,
  signatureRule = '申请人签字；单位申请的加盖单位公章',
): MaterialElements {
  return {
    code,
    name,
    required: true,
    legalBasis,
    source: MaterialSource.APPLICANT,
    format: MaterialFormat.ORIGINAL,
    copies: 1,
    acceptanceMethod: AcceptanceMethod.PAPER_OR_ELECTRONIC,
    signatureRule,
    blankForm: `${name}.docx`,
    instructions,
    sample: `${name}（示范文本）.pdf`,
  };
}

export function issued(
  code: string,
  name: string,
  legalBasis: string,
  instructions: string,
  options: Partial<
    Pick<MaterialElements, 'required' | 'source' | 'format' | 'copies' | 'acceptanceMethod' | 'signatureRule'>
  > = {},
): MaterialElements {
  return {
    code,
    name,
    required: true,
    legalBasis,
    source: MaterialSource.GOVERNMENT_ISSUED,
    format: MaterialFormat.ORIGINAL_AND_COPY,
    copies: 1,
    acceptanceMethod: AcceptanceMethod.PAPER_OR_ELECTRONIC,
    signatureRule: '复印件由申请人签字确认与原件一致',
    blankForm: null,
    instructions,
    sample: null,
    ...options,
  };
}

/** A document a third party (design institute, hospital, inspection body) draws up and seals. */
export const thirdParty = (
  code: string,
  name: string,
  legalBasis: string,
  instructions: string,
  signatureRule: string,
): MaterialElements =>
  issued(code, name, legalBasis, instructions, {
    source: MaterialSource.THIRD_PARTY,
    format: MaterialFormat.ORIGINAL,
    signatureRule,
  });

export const idCard = (code: string, who = '申请人'): MaterialElements =>
  issued(
    code,
    `${who}居民身份证`,
    ID_CARD_LAW,
    `提供${who}有效居民身份证原件核验，正反面复印在同一张A4纸上；已接入电子证照的可免交复印件。`,
  );

export const businessLicence = (code: string): MaterialElements =>
  issued(
    code,
    '营业执照',
    '《中华人民共和国行政许可法》第三十一条',
    '提供加载统一社会信用代码的营业执照副本原件核验，复印件加盖单位公章。',
    {
      signatureRule: '复印件加盖单位公章',
    },
  );

/** Only when someone applies on the applicant's behalf, hence not required. */
export const agentAuthorisation = (code: string): MaterialElements => ({
  ...form(
    code,
    '授权委托书',
    '《中华人民共和国民法通则》第六十五条',
    '委托他人代办时提交，写明委托事项、权限和期限，并附受托人居民身份证复印件。',
    '委托人签字或加盖单位公章，受托人签字',
  ),
  required: false,
});

/*
 * Process templates. A promised item is accepted at a window, reviewed and decided in the back
 * office, and its result leaves through one window (前台综合受理、后台分类审批、统一窗口出件); the
 * steps' working days add up to the promised time limit.
 */

export function promisedProcess(acceptor: string, department: string, promisedDays: number): StepElements[] {
  const decisionDays = Math.floor(promisedDays / 3);
  return [
    {
      name: '受理',
      actor: acceptor,
      workingDays: 0,
      description:
        '核验申请人身份和材料；材料齐全、符合法定形式的当场受理并出具受理通知书，材料不全的一次性告知需补正的全部内容。',
    },
    {
      name: '审查',
      actor: `${department}承办股室`,
      workingDays: promisedDays - decisionDays,
      description: '对申请材料进行实质审查，需要现场核查的组织核查。',
    },
    {
      name: '决定',
      actor: `${department}分管领导`,
      workingDays: decisionDays,
      description: '作出准予或不予的决定；不予的书面说明理由并告知申请人依法享有的权利。',
    },
    { name: '送达', actor: acceptor, workingDays: 0, description: '统一窗口出件：结果文书由窗口送达或邮寄申请人。' },
  ];
}

export function immediateProcess(window: string): StepElements[] {
  return [
    { name: '受理并办结', actor: window, workingDays: 0, description: '窗口核验身份和材料，符合条件的当场办结。' },
    { name: '送达', actor: window, workingDays: 0, description: '当场发放结果或证件。' },
  ];
}

export const FREE = { charged: false, amountFen: null, basis: null, note: '不收费' };

type ItemDraft = Omit<SeedItem, 'decidingDepartmentCodes' | 'divisionCode' | 'validFrom' | 'versionNote'> &
  Partial<Pick<SeedItem, 'decidingDepartmentCodes' | 'validFrom' | 'versionNote'>>;

/**
 * An item listed when the pilot began: implemented by the division its code ends with, decided
 * by its own department unless the draft names several.
 */
export function pilotItem(draft: ItemDraft): SeedItem {
  return {
    decidingDepartmentCodes: [draft.departmentCode],
    validFrom: PILOT_START,
    versionNote: '试点首版办事指南',
    divisionCode: draft.code.slice(draft.code.indexOf('-') + 1),
    ...draft,
  };
}
