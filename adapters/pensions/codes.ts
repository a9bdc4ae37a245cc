import { createCodeTable, createStatusTable } from '../kit';
import { PensionPaymentKind, PensionStatus } from './records';

/** AAC008 参保状态 */
export const PENSION_STATUSES = createCodeTable<PensionStatus>('pensions', 'AAC008', {
  '1': 'CONTRIBUTING',
  '2': 'RECEIVING_BENEFIT',
  '3': 'SUSPENDED',
});

/** JFJL/LX 记录类型 */
export const PAYMENT_KINDS = createCodeTable<PensionPaymentKind>('pensions', 'LX', {
  '1': 'CONTRIBUTION',
  '2': 'BENEFIT',
});

/** JFDC 缴费档次: twelve yearly grades, 01 (¥200) to 12 (¥3000). */
export const CONTRIBUTION_GRADES = createCodeTable<number>(
  'pensions',
  'JFDC',
  Object.fromEntries(Array.from({ length: 12 }, (_, index) => [String(index + 1).padStart(2, '0'), index + 1])),
);

/** SPZT 审批状态 of an application. */
export const APPLICATION_STATUSES = createStatusTable('pensions', 'SPZT', {
  '0': { status: 'IN_REVIEW', label: '待审核' },
  '1': { status: 'APPROVED', label: '审核通过' },
  '2': { status: 'DENIED', label: '审核不通过' },
  '9': { status: 'MATERIALS_REQUESTED', label: '退回补正' },
});
