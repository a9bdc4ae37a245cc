import { residentIdProblem } from '../../identity';
import { DataSubject } from './personal-data';

/** A holder key as the legacy systems keep it — a resident ID or a credit code — as a data subject. */
export function dataSubjectOf(key: string): DataSubject {
  return { type: residentIdProblem(key) === null ? 'Person' : 'Enterprise', key };
}
