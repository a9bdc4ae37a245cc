import { TreeSpecies } from '../forestry-harvest/species';
import { createCodeTable, createStatusTable } from '../kit';
import { TransportPermitStatus } from './permit';

/**
 * The envelope's `code`: what each means for the hub. 1004 查无记录 is an empty answer, not an
 * error; 9999 系统繁忙 is the system failing while still answering HTTP 200.
 */
export const envelopeCodes = createCodeTable<'OK' | 'NO_RECORDS' | 'DUPLICATE' | 'REFUSED' | 'FAILED'>(
  'forestry-transport',
  'code 返回码',
  {
    '0000': 'OK', // 成功
    '1001': 'REFUSED', // 参数错误
    '1002': 'REFUSED', // 无权访问
    '1004': 'NO_RECORDS', // 查无记录
    '1005': 'DUPLICATE', // 重复申报: the wbbh was submitted before; data names its slbh
    '9999': 'FAILED', // 系统繁忙
  },
);

/** sz 树种, written by its Chinese name in this system. */
export const speciesNames = createCodeTable<TreeSpecies>('forestry-transport', 'sz 树种', {
  云南松: 'YUNNAN_PINE',
  华山松: 'ARMAND_PINE',
  杉木: 'CHINESE_FIR',
  桉树: 'EUCALYPTUS',
  栎类: 'OAK',
});

/** zt 状态 */
export const statusCodes = createCodeTable<TransportPermitStatus>('forestry-transport', 'zt 状态', {
  '1': 'VALID', // 有效
  '2': 'USED', // 已核销
  '9': 'VOID', // 作废
});

/** sqzt 申请状态 of an application (sqsb/sqcx). */
export const applicationStatuses = createStatusTable('forestry-transport', 'sqzt 申请状态', {
  '10': { status: 'IN_REVIEW', label: '审核中' },
  '20': { status: 'APPROVED', label: '已批准' },
  '30': { status: 'DENIED', label: '不予批准' },
  '40': { status: 'MATERIALS_REQUESTED', label: '待补正' },
});
