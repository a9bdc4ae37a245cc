import { registerEnumType } from 'type-graphql';
import { PensionPaymentKind as PaymentKind, PensionStatus as Status } from '../../adapters/pensions';

/** The adapter's standard values as GraphQL enums; `satisfies` keeps the two lists identical. */
export const PensionStatus = {
  CONTRIBUTING: 'CONTRIBUTING',
  RECEIVING_BENEFIT: 'RECEIVING_BENEFIT',
  SUSPENDED: 'SUSPENDED',
} as const satisfies { [K in Status]: K };

export const PensionPaymentKind = {
  CONTRIBUTION: 'CONTRIBUTION',
  BENEFIT: 'BENEFIT',
} as const satisfies { [K in PaymentKind]: K };

registerEnumType(PensionStatus, {
  name: 'PensionStatus',
  description: 'Where the person stands in the residents’ pension scheme (参保状态).',
  valuesConfig: {
    CONTRIBUTING: { description: '参保缴费: paying a yearly contribution.' },
    RECEIVING_BENEFIT: { description: '待遇领取: drawing a monthly benefit.' },
    SUSPENDED: { description: '暂停: contributions suspended.' },
  },
});

registerEnumType(PensionPaymentKind, {
  name: 'PensionPaymentKind',
  description: 'Which way the money went.',
  valuesConfig: {
    CONTRIBUTION: { description: 'A contribution paid in (缴费).' },
    BENEFIT: { description: 'A benefit paid out (待遇发放).' },
  },
});
