import { createCodeTable, createStatusTable } from '../kit';
import { HarvestMethod, HarvestPermitStatus } from './permit';
import { TreeSpecies } from './species';

/** SZ 树种 */
export const speciesCodes = createCodeTable<TreeSpecies>('forestry-harvest', 'SZ 树种', {
  YNS: 'YUNNAN_PINE', // 云南松
  HSS: 'ARMAND_PINE', // 华山松
  SM: 'CHINESE_FIR', // 杉木
  AS: 'EUCALYPTUS', // 桉树
  LL: 'OAK', // 栎类
});

/** CFFS 采伐方式 */
export const methodCodes = createCodeTable<HarvestMethod>('forestry-harvest', 'CFFS 采伐方式', {
  JF: 'CLEAR_CUT', // 皆伐
  ZF: 'SELECTIVE', // 择伐
  JIANF: 'SHELTERWOOD', // 渐伐
});

/** ZT 状态 */
export const statusCodes = createCodeTable<HarvestPermitStatus>('forestry-harvest', 'ZT 状态', {
  '1': 'VALID', // 有效
  '2': 'CANCELLED', // 已注销
  '3': 'EXPIRED', // 已过期
});

/** SQZT 申请状态 of an application (SBSQ/CXSQ). */
export const applicationStatuses = createStatusTable('forestry-harvest', 'SQZT 申请状态', {
  '1': { status: 'IN_REVIEW', label: '审核中' },
  '2': { status: 'APPROVED', label: '准予许可' },
  '3': { status: 'DENIED', label: '不予许可' },
  '4': { status: 'MATERIALS_REQUESTED', label: '补正材料' },
});
