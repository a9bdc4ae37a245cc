import type { ProvincialPlatformClient } from '../../../adapters/provincial-platform';

/**
 * What the cases service asks of the provincial platform: the adapter's client (tests pass one
 * pointed at the double). Report case events and evaluations, check that the platform accepts the
 * hub's requests, and read the applications submitted on the portal.
 */
export type ProvincialCasesPort = Pick<
  ProvincialPlatformClient,
  'reportCaseEvents' | 'reportEvaluations' | 'checkAccess' | 'listApplications'
>;
