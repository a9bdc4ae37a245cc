import { createCodeTable, createStatusTable } from '../kit';
import { LandUseApprovalStatus, LandUseType } from './approval';

/** JGDM 结果代码 */
export const resultCodes = createCodeTable<'OK' | 'REFUSED'>('forestry-land-use', 'JGDM 结果代码', {
  '0': 'OK', // 成功
  '1': 'REFUSED', // 请求格式错误
  '2': 'REFUSED', // 查询数量超限
});

/** YDXZ 用地性质 */
export const landUseTypeCodes = createCodeTable<LandUseType>('forestry-land-use', 'YDXZ 用地性质', {
  '1': 'PERMANENT', // 永久使用
  '2': 'TEMPORARY', // 临时使用
});

/** ZT 状态 */
export const statusCodes = createCodeTable<LandUseApprovalStatus>('forestry-land-use', 'ZT 状态', {
  '01': 'APPROVED', // 已批准
  '02': 'UNDER_REVIEW', // 审核中
  '03': 'DENIED', // 不予批准
});

/** BLZT 办理状态 of an application (LDSHSB/LDSHSBCX). */
export const applicationStatuses = createStatusTable('forestry-land-use', 'BLZT 办理状态', {
  '1': { status: 'IN_REVIEW', label: '审核中' },
  '2': { status: 'APPROVED', label: '同意' },
  '3': { status: 'DENIED', label: '不同意' },
  '4': { status: 'MATERIALS_REQUESTED', label: '补正材料' },
});
