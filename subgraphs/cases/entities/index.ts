import { Case } from './case';
import { CaseDepartment } from './case-department';
import { CaseEvent } from './case-event';
import { CaseMaterial } from './case-material';
import { CaseNumberCounter } from './case-number-counter';
import { SupplementNotice } from './supplement-notice';

export { Case, CaseDepartment, CaseEvent, CaseMaterial, CaseNumberCounter, SupplementNotice };

export const CASES_ENTITIES = [Case, CaseEvent, CaseMaterial, CaseDepartment, SupplementNotice, CaseNumberCounter];
