import DataLoader from 'dataloader';
import { PensionAccountRecord, PensionsClient } from '../../adapters/pensions';

/** What every resolver gets: a loader made for this request, so a page of people is one pension call. */
export interface PensionsContext {
  accounts: DataLoader<string, PensionAccountRecord | null>;
}

export function createPensionsContext(client: PensionsClient): PensionsContext {
  return { accounts: client.accountLoader() };
}
