import { resolveRecordsOf } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { Enterprise } from './enterprise';
import { FORESTRY_KEEPER } from './record-keeper';

/** An Enterprise is its key: the forestry fields load (batched) when asked for, by whom may read them. */
export async function resolveEnterpriseReference(
  reference: Pick<Enterprise, 'creditCode'>,
  context: ForestryContext,
): Promise<Enterprise> {
  await resolveRecordsOf(context, { type: 'Enterprise', key: reference.creditCode }, FORESTRY_KEEPER);
  return { creditCode: reference.creditCode };
}
