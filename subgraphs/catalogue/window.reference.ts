import { CatalogueContext } from './context';
import { Window } from './entities';

/** Resolves `Window` references (e.g. the window a case was accepted at), batched per request. */
export function resolveWindowReference(
  reference: Pick<Window, 'code'>,
  { loaders }: CatalogueContext,
): Promise<Window | null> {
  return loaders.window.load(reference.code);
}
