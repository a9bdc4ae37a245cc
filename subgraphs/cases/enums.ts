import { registerEnumType } from 'type-graphql';
import { ApplicantType, HandlingMode } from '../../lib/graphql/shared-enums';
import { ActorRole, CaseStatus } from './workflow';

/** Where an application came in. */
export enum Channel {
  WINDOW = 'WINDOW',
  ONLINE = 'ONLINE',
  TERMINAL = 'TERMINAL',
}

/** Where a dispatch entry of the outbox stands. */
export enum DispatchState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
}

/** A deciding department's decision on a case. */
export enum DepartmentDecision {
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  MATERIALS_REQUESTED = 'MATERIALS_REQUESTED',
}

/** How the result left the window (统一窗口出件). */
export enum DeliveryMethod {
  PICK_UP = 'PICK_UP',
  POST = 'POST',
}

/** 好差评's five levels (State Council, December 2019). */
export enum EvaluationLevel {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
  VERY_DISSATISFIED = 'VERY_DISSATISFIED',
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

registerEnumType(DispatchState, {
  name: 'DispatchState',
  description: 'Where a dispatch of a case to a deciding department stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet delivered: waiting for its next attempt (see attempts, stuck).' },
    DELIVERED: { description: 'The department’s system (or its back-office queue in the hub) has the case.' },
  },
});

registerEnumType(DepartmentDecision, {
  name: 'DepartmentDecision',
  description: 'A deciding department’s decision on a case.',
  valuesConfig: {
    APPROVED: { description: 'Approved (批准), with the result number.' },
    DENIED: { description: 'Denied (不予批准), with the reason.' },
    MATERIALS_REQUESTED: { description: 'More materials needed (补正); the department decides again once supplied.' },
  },
});

registerEnumType(DeliveryMethod, {
  name: 'DeliveryMethod',
  description: 'How the result was handed over.',
  valuesConfig: {
    PICK_UP: { description: 'Collected at the window.' },
    POST: { description: 'Posted to the applicant (邮寄), with a tracking number.' },
  },
});

registerEnumType(EvaluationLevel, {
  name: 'EvaluationLevel',
  description: 'The five levels of 好差评.',
  valuesConfig: {
    VERY_SATISFIED: { description: '非常满意' },
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意: a bad review, called back.' },
    VERY_DISSATISFIED: { description: '非常不满意: a bad review, called back.' },
  },
});

export { ActorRole, ApplicantType, CaseStatus, HandlingMode };
