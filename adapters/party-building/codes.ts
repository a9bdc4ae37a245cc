import { createCodeTable } from '../kit';
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
