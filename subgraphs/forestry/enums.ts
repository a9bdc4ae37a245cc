import { registerEnumType } from 'type-graphql';

/**
 * The forestry graph's enumerations. Values are the adapters' standard codes (each adapter maps its
 * system's own codes to these), listed here with the Chinese term the windows use.
 */
export const TreeSpecies = {
  YUNNAN_PINE: 'YUNNAN_PINE',
  ARMAND_PINE: 'ARMAND_PINE',
  CHINESE_FIR: 'CHINESE_FIR',
  EUCALYPTUS: 'EUCALYPTUS',
  OAK: 'OAK',
} as const;
registerEnumType(TreeSpecies, {
  name: 'TreeSpecies',
  description: 'Tree species harvested or transported.',
  valuesConfig: {
    YUNNAN_PINE: { description: '云南松 (Pinus yunnanensis)' },
    ARMAND_PINE: { description: '华山松 (Pinus armandii)' },
    CHINESE_FIR: { description: '杉木 (Cunninghamia lanceolata)' },
    EUCALYPTUS: { description: '桉树 (Eucalyptus)' },
    OAK: { description: '栎类 (Quercus)' },
  },
});

export const HarvestMethod = { CLEAR_CUT: 'CLEAR_CUT', SELECTIVE: 'SELECTIVE', SHELTERWOOD: 'SHELTERWOOD' } as const;
registerEnumType(HarvestMethod, {
  name: 'HarvestMethod',
  description: 'How the trees are cut (采伐方式).',
  valuesConfig: {
    CLEAR_CUT: { description: '皆伐' },
    SELECTIVE: { description: '择伐' },
    SHELTERWOOD: { description: '渐伐' },
  },
});

export const HarvestPermitStatus = { VALID: 'VALID', CANCELLED: 'CANCELLED', EXPIRED: 'EXPIRED' } as const;
registerEnumType(HarvestPermitStatus, {
  name: 'HarvestPermitStatus',
  description: 'State of a harvest permit in the harvest-permit system.',
  valuesConfig: {
    VALID: { description: '有效' },
    CANCELLED: { description: '已注销' },
    EXPIRED: { description: '已过期' },
  },
});

export const TimberTransportPermitStatus = { VALID: 'VALID', USED: 'USED', VOID: 'VOID' } as const;
registerEnumType(TimberTransportPermitStatus, {
  name: 'TimberTransportPermitStatus',
  description: 'State of a timber transport permit.',
  valuesConfig: {
    VALID: { description: '有效: issued, not yet used' },
    USED: { description: '已核销: the timber was transported' },
    VOID: { description: '作废: cancelled; carried nothing and does not count against the harvest permit' },
  },
});

export const ForestLandUseType = { PERMANENT: 'PERMANENT', TEMPORARY: 'TEMPORARY' } as const;
registerEnumType(ForestLandUseType, {
  name: 'ForestLandUseType',
  description: 'Whether forest land is taken for good or for a time (用地性质).',
  valuesConfig: { PERMANENT: { description: '永久使用林地' }, TEMPORARY: { description: '临时使用林地' } },
});

export const ForestLandUseApprovalStatus = {
  APPROVED: 'APPROVED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  DENIED: 'DENIED',
} as const;
registerEnumType(ForestLandUseApprovalStatus, {
  name: 'ForestLandUseApprovalStatus',
  description: 'State of an application to use forest land.',
  valuesConfig: {
    APPROVED: { description: '已批准' },
    UNDER_REVIEW: { description: '审核中' },
    DENIED: { description: '不予批准' },
  },
});
