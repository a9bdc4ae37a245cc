import { registerEnumType } from 'type-graphql';
import { ActorRole, CaseStatus, HandlingMode } from './workflow';

/** Who applies (evaluation records: applicant type 0 = person, 1 = legal person). */
export enum ApplicantType {
  PERSON = 'PERSON',
  ENTERPRISE = 'ENTERPRISE',
}

/** Where an application came in. */
export enum Channel {
  WINDOW = 'WINDOW',
  ONLINE = 'ONLINE',
  TERMINAL = 'TERMINAL',
}

/** The outcome of an immediate item decided at its department window. */
export enum ImmediateOutcome {
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands in the one-window workflow.',
  valuesConfig: {
    SUBMITTED: { description: 'Received (收件), waiting for acceptance at a window.' },
    NEEDS_SUPPLEMENT: {
      description: 'Waiting for the materials listed on the open supplement notice (补正材料通知书).',
    },
    ACCEPTED: { description: 'Accepted (已受理); the promised time limit runs from the acceptance day.' },
    REJECTED: { description: 'Not accepted (不予受理), with a reason. Final.' },
    DISPATCHED: { description: 'Sent to the deciding departments’ back offices.' },
    IN_REVIEW: { description: 'A deciding department is reviewing it (办理中).' },
    APPROVED: { description: 'Approved (批准).' },
    DENIED: { description: 'Denied (不予批准), with a reason.' },
    RESULT_READY: { description: 'The result (certificate or denial notice) waits at the window.' },
    DELIVERED: { description: 'The result was handed over or posted. Final.' },
  },
});

registerEnumType(ActorRole, {
  name: 'ActorRole',
  description: 'The capacity in which someone moved a case.',
  valuesConfig: {
    APPLICANT: { description: 'The applicant, online or at a terminal.' },
    COMPREHENSIVE_WINDOW: { description: 'A clerk at a comprehensive window (综合受理窗口).' },
    DEPARTMENT_WINDOW: { description: 'A clerk at a department’s own window.' },
    DEPARTMENT: { description: 'A deciding department’s back office.' },
    SYSTEM: { description: 'The hub itself (automatic material check, dispatch).' },
  },
});

// HandlingMode and ApplicantType are the catalogue's enums too: same values, the owner's descriptions
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

registerEnumType(Channel, {
  name: 'Channel',
  description: 'Where an application came in.',
  valuesConfig: {
    WINDOW: { description: 'At a hall window, entered by a clerk.' },
    ONLINE: { description: 'On the online platform.' },
    TERMINAL: { description: 'At a self-service terminal in the hall.' },
  },
});

registerEnumType(ImmediateOutcome, {
  name: 'ImmediateOutcome',
  description: 'The decision a department window takes on the spot for an immediate item.',
  valuesConfig: {
    APPROVED: { description: 'Approved on the spot.' },
    DENIED: { description: 'Denied on the spot; a reason is required.' },
  },
});

export { ActorRole, CaseStatus, HandlingMode };
