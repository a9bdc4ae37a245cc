import { registerEnumType } from 'type-graphql';
import { MedicalEnrolmentStatus, MedicalInsuranceType, MedicalInsuredCategory } from '../../adapters/health-insurance';

/** The adapter's standard values as GraphQL enums; `satisfies` keeps the two lists identical. */
export const HealthInsuranceType = {
  NEW_RURAL_COOPERATIVE_MEDICAL: 'NEW_RURAL_COOPERATIVE_MEDICAL',
  URBAN_RURAL_RESIDENT_MEDICAL: 'URBAN_RURAL_RESIDENT_MEDICAL',
  EMPLOYEE_MEDICAL: 'EMPLOYEE_MEDICAL',
} as const satisfies { [K in MedicalInsuranceType]: K };

export const HealthInsuredCategory = {
  ORDINARY_RESIDENT: 'ORDINARY_RESIDENT',
  SUBSISTENCE_ALLOWANCE: 'SUBSISTENCE_ALLOWANCE',
  DESTITUTE: 'DESTITUTE',
  STUDENT: 'STUDENT',
} as const satisfies { [K in MedicalInsuredCategory]: K };

export const HealthInsuranceStatus = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  TERMINATED: 'TERMINATED',
} as const satisfies { [K in MedicalEnrolmentStatus]: K };

registerEnumType(HealthInsuranceType, {
  name: 'HealthInsuranceType',
  description: 'The medical insurance scheme (险种).',
  valuesConfig: {
    NEW_RURAL_COOPERATIVE_MEDICAL: { description: '新型农村合作医疗 (code 380), before the 2017 merger.' },
    URBAN_RURAL_RESIDENT_MEDICAL: { description: '城乡居民基本医疗保险 (code 390).' },
    EMPLOYEE_MEDICAL: { description: '职工基本医疗保险 (code 310).' },
  },
});

registerEnumType(HealthInsuredCategory, {
  name: 'HealthInsuredCategory',
  description: 'The insured person’s category (人员类别), which sets the personal share and the subsidy.',
  valuesConfig: {
    ORDINARY_RESIDENT: { description: '普通居民.' },
    SUBSISTENCE_ALLOWANCE: { description: '低保对象: the personal share is paid by the government.' },
    DESTITUTE: { description: '特困供养人员.' },
    STUDENT: { description: '在校学生.' },
  },
});

registerEnumType(HealthInsuranceStatus, {
  name: 'HealthInsuranceStatus',
  description: 'Whether the enrolment is in force (参保状态).',
  valuesConfig: {
    ACTIVE: { description: '正常参保.' },
    SUSPENDED: { description: '暂停参保: contributions stopped.' },
    TERMINATED: { description: '终止参保.' },
  },
});
