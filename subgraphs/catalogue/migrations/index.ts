import { CatalogueSchema } from './0001-catalogue';
import { ProvincialPushSchema } from './0002-provincial-push';

/** The catalogue's migrations in the order they apply. */
export const catalogueMigrations = [
  { name: '0001-catalogue', class: CatalogueSchema },
  { name: '0002-provincial-push', class: ProvincialPushSchema },
];
