import { createCodeTable, fenToYuan, LegacyFormatError } from '../kit';
import { CaseEventReport, EvaluationReport, OnlineApplication } from './case-exchange';
import { ImplementationItem, ImplementationMaterial, ProvincialTask } from './item';

/** The platform's TASK record: upper-snake names, codes as digit strings, dates `yyyyMMdd`. */
export interface TaskRecord {
  TASK_CODE: string;
  TASK_VERSION: number;
  CATALOG_CODE: string;
  TASK_NAME: string;
  TASK_TYPE: string;
  DEPT_CODE: string;
  DEPT_NAME: string;
  AREA_CODE: string;
  PROJECT_TYPE: string;
  LEGAL_DAY: number;
  PROMISE_DAY: number;
  IS_CHARGE: string;
  CHARGE_AMOUNT: string;
  CHARGE_BASIS: string;
  CHARGE_NOTE: string;
  SERVICE_OBJECT: string;
  ACCEPT_CONDITION: string;
  BY_LAW: string;
  HANDLE_WINDOW: string;
  ONLINE_DEPTH: string;
  VISIT_NUM: number;
  VALID_FROM: string;
  VALID_UNTIL: string;
  TASK_STATE: string;
  CANCEL_DATE: string;
  MATERIALS: MaterialRecord[];
  PROCESS: { STEP_NO: number; STEP_NAME: string; STEP_ACTOR: string; STEP_DAY: number; STEP_DESC: string }[];
}

export interface MaterialRecord {
  MATERIAL_CODE: string;
  MATERIAL_NAME: string;
  IS_NEED: string;
  BY_LAW: string;
  SOURCE_TYPE: string;
  MATERIAL_FORMAT: string;
  PAGE_NUM: number;
  ACCEPT_TYPE: string;
  SIGN_RULE: string;
  FORM_NAME: string;
  FILL_GUIDE: string;
  SAMPLE_NAME: string;
}

/* The hub's values → the platform's codes (the national platform's item types and handling types). */
const TASK_TYPE: Record<ImplementationItem['type'], string> = {
  ADMINISTRATIVE_LICENCE: '01',
  ADMINISTRATIVE_PENALTY: '02',
  ADMINISTRATIVE_ENFORCEMENT: '03',
  ADMINISTRATIVE_LEVY: '04',
  ADMINISTRATIVE_PAYMENT: '05',
  ADMINISTRATIVE_CONFIRMATION: '07',
  ADMINISTRATIVE_REWARD: '08',
  ADMINISTRATIVE_ADJUDICATION: '09',
  OTHER_ADMINISTRATIVE_POWER: '10',
  PUBLIC_SERVICE: '20',
};
const PROJECT_TYPE: Record<ImplementationItem['handlingMode'], string> = { IMMEDIATE: '1', PROMISED: '2' };
const SERVICE_OBJECT: Record<ImplementationItem['servesApplicantTypes'][number], string> = {
  PERSON: '1',
  ENTERPRISE: '2',
};
const ONLINE_DEPTH: Record<ImplementationItem['onlineDepth'], string> = {
  INFORMATION: '1',
  FORM_DOWNLOAD: '2',
  ONLINE_PRE_REVIEW: '3',
  FULLY_ONLINE: '4',
};
const SOURCE_TYPE: Record<ImplementationMaterial['source'], string> = {
  APPLICANT: '1',
  GOVERNMENT_ISSUED: '2',
  THIRD_PARTY: '3',
};
const MATERIAL_FORMAT: Record<ImplementationMaterial['format'], string> = {
  ORIGINAL: '1',
  COPY: '2',
  ORIGINAL_AND_COPY: '3',
  ELECTRONIC: '4',
};
const ACCEPT_TYPE: Record<ImplementationMaterial['acceptanceMethod'], string> = {
  PAPER: '1',
  ELECTRONIC: '2',
  PAPER_OR_ELECTRONIC: '3',
};

/** TASK_STATE 事项状态, read back. */
export const taskStates = createCodeTable<ProvincialTask['state']>('provincial-platform', 'TASK_STATE 事项状态', {
  '1': 'IN_FORCE', // 在用
  '3': 'RETIRED', // 已取消
});

const compactDate = (isoDate: string | null) => (isoDate ?? '').replace(/-/g, '');

export function toTaskRecord(item: ImplementationItem): TaskRecord {
  return {
    TASK_CODE: item.code,
    TASK_VERSION: item.version,
    CATALOG_CODE: item.basicCode,
    TASK_NAME: item.name,
    TASK_TYPE: TASK_TYPE[item.type],
    DEPT_CODE: item.departmentCode,
    DEPT_NAME: item.departmentName,
    AREA_CODE: item.divisionCode,
    PROJECT_TYPE: PROJECT_TYPE[item.handlingMode],
    LEGAL_DAY: item.legalTimeLimit,
    PROMISE_DAY: item.promisedTimeLimit,
    IS_CHARGE: item.fee.charged ? '1' : '0',
    CHARGE_AMOUNT: item.fee.amountFen == null ? '' : fenToYuan(item.fee.amountFen),
    CHARGE_BASIS: item.fee.basis ?? '',
    CHARGE_NOTE: item.fee.note,
    SERVICE_OBJECT: item.servesApplicantTypes.map((type) => SERVICE_OBJECT[type]).join(','),
    ACCEPT_CONDITION: item.conditions,
    BY_LAW: item.legalBasis,
    HANDLE_WINDOW: item.windowName,
    ONLINE_DEPTH: ONLINE_DEPTH[item.onlineDepth],
    VISIT_NUM: item.visitsRequired,
    VALID_FROM: compactDate(item.validFrom),
    VALID_UNTIL: compactDate(item.validUntil),
    TASK_STATE: item.retiredOn ? '3' : '1',
    CANCEL_DATE: compactDate(item.retiredOn),
    MATERIALS: item.materials.map((material) => ({
      MATERIAL_CODE: material.code,
      MATERIAL_NAME: material.name,
      IS_NEED: material.required ? '1' : '0',
      BY_LAW: material.legalBasis,
      SOURCE_TYPE: SOURCE_TYPE[material.source],
      MATERIAL_FORMAT: MATERIAL_FORMAT[material.format],
      PAGE_NUM: material.copies,
      ACCEPT_TYPE: ACCEPT_TYPE[material.acceptanceMethod],
      SIGN_RULE: material.signatureRule,
      FORM_NAME: material.blankForm ?? '',
      FILL_GUIDE: material.instructions,
      SAMPLE_NAME: material.sample ?? '',
    })),
    PROCESS: item.process.map((step, index) => ({
      STEP_NO: index + 1,
      STEP_NAME: step.name,
      STEP_ACTOR: step.actor,
      STEP_DAY: step.workingDays,
      STEP_DESC: step.description,
    })),
  };
}

/** A TASK record read back from the platform's list, in the hub's words. */
export function fromTaskRecord(record: Partial<TaskRecord>): ProvincialTask {
  const { TASK_CODE, TASK_VERSION, TASK_NAME, TASK_STATE, MATERIALS } = record;
  if (typeof TASK_CODE !== 'string' || typeof TASK_NAME !== 'string' || !Array.isArray(MATERIALS)) {
    throw new LegacyFormatError('TASK record', record);
  }
  if (typeof TASK_VERSION !== 'number') throw new LegacyFormatError('TASK_VERSION', TASK_VERSION);
  return {
    code: TASK_CODE,
    version: TASK_VERSION,
    name: TASK_NAME,
    state: taskStates.toStandard(String(TASK_STATE)),
    materialCodes: MATERIALS.map((material) => material.MATERIAL_CODE),
  };
}

/** 办件状态 BJZT: the hub's statuses → the platform's codes. */
const CASE_STATE: Record<CaseEventReport['status'], string> = {
  SUBMITTED: '01', // 申请
  ACCEPTED: '02', // 受理
  NEEDS_SUPPLEMENT: '03', // 补齐补正告知
  REJECTED: '04', // 不予受理
  DISPATCHED: '05', // 办理中
  IN_REVIEW: '05', // 办理中
  APPROVED: '06', // 准予
  DENIED: '07', // 不予批准
  RESULT_READY: '08', // 办结
  DELIVERED: '09', // 已送达
};

/** yyyyMMddHHmmss in Asia/Shanghai, as the platform writes instants. */
function platformInstant(instant: Date): string {
  const shanghai = new Date(instant.getTime() + 8 * 3_600_000);
  return shanghai.toISOString().slice(0, 19).replace(/\D/g, '');
}

export function toEventRecord(event: CaseEventReport) {
  return {
    SBLSH: event.caseNumber,
    EVENT_NO: event.sequence,
    BJZT: CASE_STATE[event.status],
    EVENT_TIME: platformInstant(event.at),
    ACTOR: event.actor,
    NOTE: event.note,
  };
}

/** 评价等级 PJDJ, the national 好差评 scale: 5 非常满意 down to 1 非常不满意. */
const EVALUATION_LEVEL: Record<EvaluationReport['level'], string> = {
  VERY_SATISFIED: '5', // 非常满意
  SATISFIED: '4', // 满意
  BASICALLY_SATISFIED: '3', // 基本满意
  DISSATISFIED: '2', // 不满意
  VERY_DISSATISFIED: '1', // 非常不满意
};

export function toEvaluationRecord(evaluation: EvaluationReport) {
  return {
    SBLSH: evaluation.caseNumber,
    PJDJ: EVALUATION_LEVEL[evaluation.level],
    PJNR: evaluation.comment ?? '',
    PJSJ: platformInstant(evaluation.at),
  };
}

/** An application as the platform lists it (SQBH 申请编号, ZJHM 证件号码…), in the hub's words. */
export function fromApplicationRecord(record: Record<string, unknown>): OnlineApplication {
  const text = (name: string) => {
    const value = record[name];
    if (typeof value !== 'string') throw new LegacyFormatError(name, value);
    return value;
  };
  const materials = record.CLBM;
  if (!Array.isArray(materials)) throw new LegacyFormatError('CLBM', materials);
  return {
    applicationNumber: text('SQBH'),
    itemCode: text('TASK_CODE'),
    applicantName: text('SQRMC'),
    idNumber: text('ZJHM').toUpperCase(),
    materialCodes: materials.map(String),
    submittedAt: text('SQSJ'),
    deliverySequence: Number(record.SEQ),
  };
}
