import { CatalogueItem } from '../catalogue/catalogue-client';

/** A department that decides in the hub: its officer records the decision (no legacy system). */
export const IN_HUB = 'NONE';

export interface LegacySystemRoute {
  /** The department subgraph that wraps the system (its URL is configuration: SUBGRAPH_<NAME>_URL). */
  subgraph: string;
  /** The department whose system it is: only its part of a case is decided there. */
  department: string;
}

/**
 * Which department subgraph wraps each legacy system the catalogue names as a DecidingSystem, and
 * which department decides on it. A subgraph alone holds its systems' credentials and dialect, so
 * the dispatcher only ever calls the subgraph.
 */
export const LEGACY_SYSTEM_ROUTES: Readonly<Record<string, LegacySystemRoute>> = {
  FORESTRY_HARVEST: { subgraph: 'forestry', department: '532503-LYJ' },
  FORESTRY_TRANSPORT: { subgraph: 'forestry', department: '532503-LYJ' },
  FORESTRY_LAND_USE: { subgraph: 'forestry', department: '532503-LYJ' },
  HEALTH_INSURANCE: { subgraph: 'health-insurance', department: '532503001-ZF' },
  PENSIONS: { subgraph: 'pensions', department: '532503001-ZF' },
  PARTY_BUILDING: { subgraph: 'party-building', department: '532503001L01-JWH' },
};

/** The department subgraphs the dispatcher calls. */
export const DEPARTMENT_SUBGRAPHS = [...new Set(Object.values(LEGACY_SYSTEM_ROUTES).map((route) => route.subgraph))];

/**
 * The system a deciding department decides its part of a case on: the item's deciding system
 * when that system is the department's own, otherwise the hub (an officer decides). So a parallel
 * investment item decided on the land-use system sends only the forestry bureau's part there.
 */
export function decidingSystemOf(item: Pick<CatalogueItem, 'decidingSystem'>, departmentCode: string): string {
  const route = LEGACY_SYSTEM_ROUTES[item.decidingSystem];
  return route?.department === departmentCode ? item.decidingSystem : IN_HUB;
}

/** The department subgraph that wraps a system; null for a department deciding in the hub. */
export function subgraphOf(system: string): string | null {
  return LEGACY_SYSTEM_ROUTES[system]?.subgraph ?? null;
}
