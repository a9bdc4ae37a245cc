import { startForestryHarvestDouble } from '../../forestry-harvest/mock';
import { startForestryLandUseDouble } from '../../forestry-land-use/mock';
import { startForestryTransportDouble } from '../../forestry-transport/mock';
import { startHealthInsuranceDouble } from '../../health-insurance/mock';
import { startPartyBuildingDouble } from '../../party-building/mock';
import { startPensionsDouble } from '../../pensions/mock';
import { startProvincialPlatformDouble } from '../../provincial-platform/mock';
import { LegacySystemId } from '../systems';
import { RunningDouble, StartDoubleOptions } from './start';

export interface RegisteredDouble {
  system: LegacySystemId;
  defaultPort: number;
  start(options: StartDoubleOptions): Promise<RunningDouble>;
}

/** Every legacy double, for `npm run mock -- <system>` and the start script: a plain list. */
export const DOUBLES: readonly RegisteredDouble[] = [
  { system: 'forestry-harvest', defaultPort: 4101, start: startForestryHarvestDouble },
  { system: 'forestry-transport', defaultPort: 4102, start: startForestryTransportDouble },
  { system: 'forestry-land-use', defaultPort: 4103, start: startForestryLandUseDouble },
  { system: 'health-insurance', defaultPort: 4104, start: startHealthInsuranceDouble },
  { system: 'pensions', defaultPort: 4105, start: startPensionsDouble },
  { system: 'party-building', defaultPort: 4106, start: startPartyBuildingDouble },
  { system: 'provincial-platform', defaultPort: 4107, start: startProvincialPlatformDouble },
];

export function findDouble(system: string): RegisteredDouble | undefined {
  return DOUBLES.find((entry) => entry.system === system);
}
