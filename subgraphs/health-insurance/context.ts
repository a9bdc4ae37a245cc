import DataLoader from 'dataloader';
import { HealthInsuranceClient, MedicalEnrolment } from '../../adapters/health-insurance';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { BackOfficeDesk } from '../../lib/back-office';

/** What every resolver gets: loaders made for this request, so a page of people costs ceil(n/50) calls. */
export interface HealthInsuranceContext extends PersonalDataAccess {
  enrolments: DataLoader<string, MedicalEnrolment | null>;
  /** The 新农合 system as the back office of dispatched cases. */
  backOffice: BackOfficeDesk;
}

export function createHealthInsuranceContext(
  client: HealthInsuranceClient,
  access: PersonalDataAccess,
): HealthInsuranceContext {
  return {
    ...access,
    enrolments: client.enrolmentLoader(),
    backOffice: new BackOfficeDesk({
      HEALTH_INSURANCE: {
        submitCase: (submission) => client.submitCase(submission),
        records: client.applicationLoader(),
      },
    }),
  };
}
