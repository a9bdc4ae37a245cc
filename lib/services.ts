/**
 * Every service of the hub, its default port and the environment variable that overrides its URL.
 * The start script, the gateway and the schema composer read this one list.
 */
export interface SubgraphDescriptor {
  /** The subgraph's name in the supergraph (`join__Graph`). */
  name: string;
  /** Folder under `subgraphs/`. */
  folder: string;
  defaultPort: number;
  /** Whether the subgraph owns a database (and so needs DATABASE_URL or a SQLite file). */
  ownsDatabase: boolean;
}

export const SUBGRAPHS: readonly SubgraphDescriptor[] = [
  { name: 'catalogue', folder: 'catalogue', defaultPort: 4001, ownsDatabase: true },
  { name: 'cases', folder: 'cases', defaultPort: 4002, ownsDatabase: true },
  { name: 'forestry', folder: 'forestry', defaultPort: 4003, ownsDatabase: false },
  { name: 'health-insurance', folder: 'health-insurance', defaultPort: 4004, ownsDatabase: false },
  { name: 'pensions', folder: 'pensions', defaultPort: 4005, ownsDatabase: false },
  { name: 'party-building', folder: 'party-building', defaultPort: 4006, ownsDatabase: false },
  { name: 'queue', folder: 'queue', defaultPort: 4007, ownsDatabase: true },
  { name: 'audit', folder: 'audit', defaultPort: 4008, ownsDatabase: true },
];

export const GATEWAY_DEFAULT_PORT = 4000;

/** `health-insurance` → `SUBGRAPH_HEALTH_INSURANCE_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`;
}

export function defaultSubgraphUrl(subgraph: SubgraphDescriptor): string {
  return `http://127.0.0.1:${subgraph.defaultPort}/graphql`;
}

/** `forestry-land-use` → `FORESTRY_LAND_USE_URL`: where its department subgraph finds a legacy system. */
export function legacySystemUrlVariable(system: string): string {
  return `${system.toUpperCase().replace(/-/g, '_')}_URL`;
}

/** The subgraph of this name; throws for an unknown one (a typo in a service's own wiring). */
export function findSubgraph(name: string): SubgraphDescriptor {
  const subgraph = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!subgraph) throw new Error(`unknown subgraph ${name}`);
  return subgraph;
}
