import { CatalogueContext } from './context';
import { ServiceItem } from './entities';

/**
 * Resolves `ServiceItem` references from other subgraphs. By `code` it is the current version; by
 * `code version` (the second key) it is the version a case pinned. Batched per request.
 */
export async function resolveServiceItemReference(
  reference: Pick<ServiceItem, 'code'> & { version?: number | null },
  { loaders }: CatalogueContext,
): Promise<ServiceItem | null> {
  return loaders.item.load({ code: reference.code, version: reference.version });
}
