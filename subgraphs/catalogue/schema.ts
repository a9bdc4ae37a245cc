import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { AuthorisationResolver } from './authorisation.resolver';
import { CalendarResolver } from './calendar.resolver';
import { DepartmentResolver } from './department.resolver';
import { resolveDepartmentReference } from './department.reference';
import { resolveHallZoneReference } from './hall-zone.reference';
import { HallZoneResolver } from './hall-zone.resolver';
import { ProvincialSyncResolver } from './provincial-sync.resolver';
import { ServiceGuideResolver } from './service-guide.resolver';
import { resolveServiceItemReference } from './service-item.reference';
import { ServiceItemResolver } from './service-item.resolver';
import { WindowResolver } from './window.resolver';
import { resolveWindowReference } from './window.reference';

/** The catalogue subgraph's schema; built without a database, so the schema composer can import it. */
export function buildCatalogueSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ServiceItemResolver,
        ServiceGuideResolver,
        DepartmentResolver,
        WindowResolver,
        HallZoneResolver,
        AuthorisationResolver,
        CalendarResolver,
        ProvincialSyncResolver,
      ],
    },
    {
      ServiceItem: { __resolveReference: resolveServiceItemReference },
      Department: { __resolveReference: resolveDepartmentReference },
      Window: { __resolveReference: resolveWindowReference },
      HallZone: { __resolveReference: resolveHallZoneReference },
    },
  );
}
