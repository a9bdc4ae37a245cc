import { Migration20251127000001Cases } from './Migration20251127000001_cases';
import { Migration20251201000001BackOffice } from './Migration20251201000001_back_office';
import { Migration20251210000001ProvincialExchange } from './Migration20251210000001_provincial_exchange';
import { Migration20251211000001CaseIndexes } from './Migration20251211000001_case_indexes';
import { Migration20261127000001DepartmentCounters } from './Migration20261127000001_department_counters';
import { Migration20261127000002CaseStatusCounts } from './Migration20261127000002_case_status_counts';

/** Every cases migration, in the order they apply. */
export const CASES_MIGRATIONS = [
  { name: 'Migration20251127000001Cases', class: Migration20251127000001Cases },
  { name: 'Migration20251201000001BackOffice', class: Migration20251201000001BackOffice },
  { name: 'Migration20251210000001ProvincialExchange', class: Migration20251210000001ProvincialExchange },
  { name: 'Migration20251211000001CaseIndexes', class: Migration20251211000001CaseIndexes },
  { name: 'Migration20261127000001DepartmentCounters', class: Migration20261127000001DepartmentCounters },
  { name: 'Migration20261127000002CaseStatusCounts', class: Migration20261127000002CaseStatusCounts },
];
