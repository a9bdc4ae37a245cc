import DataLoader from 'dataloader';
import { HealthInsuranceClient, MedicalEnrolment } from '../../adapters/health-insurance';

/** What every resolver gets: loaders made for this request, so a page of people costs ceil(n/50) calls. */
export interface HealthInsuranceContext {
  enrolments: DataLoader<string, MedicalEnrolment | null>;
}

export function createHealthInsuranceContext(client: HealthInsuranceClient): HealthInsuranceContext {
  return { enrolments: client.enrolmentLoader() };
}
