export * from './client';
export * from './records';
export { INSURANCE_TYPES, INSURED_CATEGORIES, ENROLMENT_STATUSES } from './codes';
