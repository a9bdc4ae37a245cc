import { Enterprise } from './enterprise';

/** An Enterprise is its key: the forestry fields load (batched) when asked for. */
export function resolveEnterpriseReference(reference: Pick<Enterprise, 'creditCode'>): Enterprise {
  return { creditCode: reference.creditCode };
}
