import { AdministrativeDivision } from './administrative-division';
import { Authorisation } from './authorisation';
import { CalendarDay } from './calendar-day';
import { CalendarNotice } from './calendar-notice';
import { Department } from './department';
import { Fee } from './fee';
import { HallZone } from './hall-zone';
import { Material } from './material';
import { ProcessStep } from './process-step';
import { ProvincialPush } from './provincial-push';
import { ServiceItem } from './service-item';
import { Window } from './window';

export {
  AdministrativeDivision,
  Authorisation,
  CalendarDay,
  CalendarNotice,
  Department,
  Fee,
  HallZone,
  Material,
  ProcessStep,
  ProvincialPush,
  ServiceItem,
  Window,
};

/** Every entity of the catalogue's database, for MikroORM discovery. */
export const catalogueEntities = [
  AdministrativeDivision,
  Department,
  HallZone,
  Window,
  ServiceItem,
  Fee,
  Material,
  ProcessStep,
  Authorisation,
  CalendarNotice,
  CalendarDay,
  ProvincialPush,
];
