import { AdministrativeLevel } from '../enums';

/**
 * The pilot's four levels. 532500 and 532503 are GB/T 2260 codes; 532503001 is 文澜's 9-digit
 * town code. 银河社区 has no public code: `532503001L01` is local — the letter L can never occur
 * in a GB/T 2260 code, so it cannot collide with a real one when the community's code is known.
 */
export const divisions = [
  { code: '532500', name: '红河哈尼族彝族自治州', level: AdministrativeLevel.PREFECTURE, parentCode: null },
  { code: '532503', name: '蒙自市', level: AdministrativeLevel.CITY, parentCode: '532500' },
  { code: '532503001', name: '文澜镇', level: AdministrativeLevel.TOWN, parentCode: '532503' },
  { code: '532503001L01', name: '银河社区', level: AdministrativeLevel.COMMUNITY, parentCode: '532503001' },
] as const;

export const CITY = '532503';
export const WENLAN = '532503001';
export const YINHE = '532503001L01';
