import { registerEnumType } from 'type-graphql';

/** What became of an application from the provincial portal. */
export enum ProvincialApplicationState {
  TAKEN = 'TAKEN',
  REFUSED = 'REFUSED',
}

registerEnumType(ProvincialApplicationState, {
  name: 'ProvincialApplicationState',
  description: 'What became of an application submitted on the provincial portal.',
  valuesConfig: {
    TAKEN: { description: 'Taken in as a case with channel ONLINE.' },
    REFUSED: {
      description:
        'Refused for good (an invalid ID number, an unknown or retired item…), with the reason: not retried.',
    },
  },
});
