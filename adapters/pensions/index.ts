export * from './client';
export * from './records';
export { CONTRIBUTION_GRADES, PAYMENT_KINDS, PENSION_STATUSES } from './codes';
