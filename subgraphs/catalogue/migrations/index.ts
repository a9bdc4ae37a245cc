import { CatalogueSchema } from './0001-catalogue';

/** The catalogue's migrations in the order they apply. */
export const catalogueMigrations = [{ name: '0001-catalogue', class: CatalogueSchema }];
