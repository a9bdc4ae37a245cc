import { CatalogueContext } from './context';
import { Department } from './entities';

/** Resolves `Department` references from other subgraphs, batched per request. */
export function resolveDepartmentReference(
  reference: Pick<Department, 'code'>,
  { loaders }: CatalogueContext,
): Promise<Department | null> {
  return loaders.department.load(reference.code);
}
