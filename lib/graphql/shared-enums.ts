/**
 * Enums more than one subgraph puts in its schema. Federation composes a shared enum only when
 * every subgraph defines it alike, so it is defined once (lib/enums.ts) and registered once, here,
 * for every subgraph that imports it.
 */
import { registerEnumType } from 'type-graphql';
import { ApplicantType, HandlingMode } from '../enums';

export { ApplicantType, HandlingMode };

registerEnumType(HandlingMode, {
  name: 'HandlingMode',
  description: 'How an item is handled.',
  valuesConfig: {
    IMMEDIATE: { description: '即办件: accepted and decided on the spot at the department window.' },
    PROMISED: {
      description: '承诺件: accepted at a window, decided in the back office within the promised time limit.',
    },
  },
});

registerEnumType(ApplicantType, {
  name: 'ApplicantType',
  description: 'Who may apply for an item.',
  valuesConfig: {
    PERSON: { description: 'A natural person (自然人), identified by resident ID.' },
    ENTERPRISE: {
      description: 'A legal person or other organisation (法人), identified by unified social credit code.',
    },
  },
});
