import { createCodeTable, createStatusTable } from '../kit';
import { PartyMemberStatus, SubsistenceAllowanceStatus } from './records';

/** memberType 党员类型 */
export const memberTypeCodes = createCodeTable<PartyMemberStatus>('party-building', 'memberType 党员类型', {
  '1': 'FULL', // 正式党员
  '2': 'PROBATIONARY', // 预备党员
});

/** status 低保状态 */
export const allowanceStatusCodes = createCodeTable<SubsistenceAllowanceStatus>('party-building', 'status 低保状态', {
  '01': 'RECEIVING', // 在保
  '02': 'SUSPENDED', // 停保
  '03': 'UNDER_REVIEW', // 审核中
});

/** handleStatus 办理状态 of a community affair (an application the hub dispatched). */
export const affairStatuses = createStatusTable('party-building', 'handleStatus 办理状态', {
  '01': { status: 'IN_REVIEW', label: '办理中' },
  '02': { status: 'APPROVED', label: '同意' },
  '03': { status: 'DENIED', label: '不同意' },
  '04': { status: 'MATERIALS_REQUESTED', label: '需补充材料' },
});
