import { Enterprise } from './types/enterprise';

/** An Enterprise is its key; its `cases` field is batched by the casesByCreditCode loader. */
export function resolveEnterpriseReference(reference: Pick<Enterprise, 'creditCode'>): Enterprise {
  return { creditCode: reference.creditCode };
}
