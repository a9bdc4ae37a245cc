/**
 * Tree species as the hub names them. The harvest system writes pinyin-initial codes (YNS), the
 * transport system Chinese names (云南松); each adapter's code table maps its own to these.
 */
export const TREE_SPECIES = ['YUNNAN_PINE', 'ARMAND_PINE', 'CHINESE_FIR', 'EUCALYPTUS', 'OAK'] as const;

export type TreeSpecies = (typeof TREE_SPECIES)[number];
