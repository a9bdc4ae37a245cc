import { Migration20251127000001Cases } from './Migration20251127000001_cases';

/** Every cases migration, in the order they apply. */
export const CASES_MIGRATIONS = [{ name: 'Migration20251127000001Cases', class: Migration20251127000001Cases }];
