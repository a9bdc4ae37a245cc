import { Migration20251127000001Cases } from './Migration20251127000001_cases';
import { Migration20251201000001BackOffice } from './Migration20251201000001_back_office';

/** Every cases migration, in the order they apply. */
export const CASES_MIGRATIONS = [
  { name: 'Migration20251127000001Cases', class: Migration20251127000001Cases },
  { name: 'Migration20251201000001BackOffice', class: Migration20251201000001BackOffice },
];
