import { createCodeTable } from '../kit';
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
