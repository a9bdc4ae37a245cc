import { createCodeTable, createStatusTable } from '../kit';
import { MedicalEnrolmentStatus, MedicalInsuranceType, MedicalInsuredCategory } from './records';

/** 险种: 380 and 390 are the residents' schemes (新农合 merged into 城乡居民医保 from 2017); 310 the employees'. */
export const INSURANCE_TYPES = createCodeTable<MedicalInsuranceType>('health-insurance', 'insuType', {
  '380': 'NEW_RURAL_COOPERATIVE_MEDICAL',
  '390': 'URBAN_RURAL_RESIDENT_MEDICAL',
  '310': 'EMPLOYEE_MEDICAL',
});

/** 人员类别: decides the personal share and the subsidy. */
export const INSURED_CATEGORIES = createCodeTable<MedicalInsuredCategory>('health-insurance', 'psnType', {
  '11': 'ORDINARY_RESIDENT',
  '12': 'SUBSISTENCE_ALLOWANCE',
  '13': 'DESTITUTE',
  '21': 'STUDENT',
});

/** 参保状态 */
export const ENROLMENT_STATUSES = createCodeTable<MedicalEnrolmentStatus>('health-insurance', 'insuStatus', {
  '1': 'ACTIVE',
  '2': 'SUSPENDED',
  '3': 'TERMINATED',
});

/** 审核状态 of an application. */
export const AUDIT_STATUSES = createStatusTable('health-insurance', 'auditStatus', {
  '0': { status: 'IN_REVIEW', label: '待审核' },
  '1': { status: 'APPROVED', label: '审核通过' },
  '2': { status: 'DENIED', label: '审核不通过' },
  '3': { status: 'MATERIALS_REQUESTED', label: '待补充材料' },
});
