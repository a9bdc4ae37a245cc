import { z } from 'zod';
import { gatewaySettings } from '../../../gateway/config';
import { auditSettings } from '../../../subgraphs/audit/config';
import { casesSettings } from '../../../subgraphs/cases/config';
import { catalogueSettings } from '../../../subgraphs/catalogue/config';
import { forestrySettings } from '../../../subgraphs/forestry/config';
import { healthInsuranceSettings } from '../../../subgraphs/health-insurance/config';
import { partyBuildingSettings } from '../../../subgraphs/party-building/config';
import { pensionsSettings } from '../../../subgraphs/pensions/config';
import { queueSettings } from '../../../subgraphs/queue/config';

/** Each service's settings schema: what it reads from the environment, taken from the code itself. */
export const SERVICE_SETTINGS: Record<string, z.ZodObject> = {
  gateway: gatewaySettings,
  catalogue: catalogueSettings,
  cases: casesSettings,
  forestry: forestrySettings,
  'health-insurance': healthInsuranceSettings,
  pensions: pensionsSettings,
  'party-building': partyBuildingSettings,
  queue: queueSettings,
  audit: auditSettings,
};
