import { registerEnumType } from 'type-graphql';

/** Values are the party-building adapter's standard codes (it maps the system's own codes to these). */
export const PartyMemberStatus = { FULL: 'FULL', PROBATIONARY: 'PROBATIONARY' } as const;
registerEnumType(PartyMemberStatus, {
  name: 'PartyMemberStatus',
  description: 'Whether a party member is full or probationary.',
  valuesConfig: { FULL: { description: '正式党员' }, PROBATIONARY: { description: '预备党员' } },
});

export const SubsistenceAllowanceStatus = {
  RECEIVING: 'RECEIVING',
  SUSPENDED: 'SUSPENDED',
  UNDER_REVIEW: 'UNDER_REVIEW',
} as const;
registerEnumType(SubsistenceAllowanceStatus, {
  name: 'SubsistenceAllowanceStatus',
  description: 'State of a 最低生活保障 (minimum living allowance) case.',
  valuesConfig: {
    RECEIVING: { description: '在保' },
    SUSPENDED: { description: '停保' },
    UNDER_REVIEW: { description: '审核中' },
  },
});
