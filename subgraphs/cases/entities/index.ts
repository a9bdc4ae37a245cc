import { Case } from './case';
import { CaseDepartment } from './case-department';
import { CaseEvaluation } from './case-evaluation';
import { CaseEvent } from './case-event';
import { CaseMaterial } from './case-material';
import { CaseNumberCounter } from './case-number-counter';
import { DispatchEntry } from './dispatch-entry';
import { SupplementNotice } from './supplement-notice';

export {
  Case,
  CaseDepartment,
  CaseEvaluation,
  CaseEvent,
  CaseMaterial,
  CaseNumberCounter,
  DispatchEntry,
  SupplementNotice,
};

export const CASES_ENTITIES = [
  Case,
  CaseEvent,
  CaseMaterial,
  CaseDepartment,
  SupplementNotice,
  CaseNumberCounter,
  DispatchEntry,
  CaseEvaluation,
];
