import { Case } from './case';
import { CaseDepartment } from './case-department';
import { CaseEvaluation } from './case-evaluation';
import { CaseEvent } from './case-event';
import { CaseMaterial } from './case-material';
import { CaseNumberCounter } from './case-number-counter';
import { CaseStatusCount } from './case-status-count';
import { DepartmentCaseCounts } from './department-case-counts';
import { DepartmentOpenDueCount } from './department-open-due-count';
import { DispatchEntry } from './dispatch-entry';
import { ProvincialApplication } from './provincial-application';
import { ProvincialReport } from './provincial-report';
import { SupplementNotice } from './supplement-notice';
import { SyncCursor } from './sync-cursor';

export {
  Case,
  CaseDepartment,
  CaseEvaluation,
  CaseEvent,
  CaseMaterial,
  CaseNumberCounter,
  CaseStatusCount,
  DepartmentCaseCounts,
  DepartmentOpenDueCount,
  DispatchEntry,
  ProvincialApplication,
  ProvincialReport,
  SupplementNotice,
  SyncCursor,
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
  ProvincialReport,
  ProvincialApplication,
  SyncCursor,
  DepartmentCaseCounts,
  DepartmentOpenDueCount,
  CaseStatusCount,
];
