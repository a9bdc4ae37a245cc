import DataLoader from 'dataloader';
import { PensionAccountRecord, PensionsClient } from '../../adapters/pensions';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { BackOfficeDesk } from '../../lib/back-office';

/** What every resolver gets: loaders made for this request, so a page of people is one pension call. */
export interface PensionsContext extends PersonalDataAccess {
  accounts: DataLoader<string, PensionAccountRecord | null>;
  /** The pension system as the back office of dispatched cases. */
  backOffice: BackOfficeDesk;
}

export function createPensionsContext(client: PensionsClient, access: PersonalDataAccess): PensionsContext {
  return {
    ...access,
    accounts: client.accountLoader(),
    backOffice: new BackOfficeDesk({
      PENSIONS: { submitCase: (submission) => client.submitCase(submission), records: client.applicationLoader() },
    }),
  };
}
