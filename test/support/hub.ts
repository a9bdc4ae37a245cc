import { startGateway } from '../../gateway';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import { createLogger } from '../../lib/logger';
import { RunningServer } from '../../lib/server';
import { startCases } from '../../subgraphs/cases';
import { startCatalogue } from '../../subgraphs/catalogue';
import { createTestDatabase } from './database';

export interface TestHub {
  gateway: RunningServer;
  subgraphs: Record<string, RunningServer>;
  /** POSTs an operation to the gateway and returns the parsed GraphQL response. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  stop(): Promise<void>;
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: any; errors?: any[] }>;
}

/**
 * The hub as in production, but in one process on ephemeral ports: each subgraph a real HTTP
 * server on its own throwaway database, and the gateway on the checked-in supergraph.
 */
export async function startTestHub(label: string): Promise<TestHub> {
  const logger = createLogger('test');
  const catalogueDb = await createTestDatabase(`${label}_catalogue`);
  const casesDb = await createTestDatabase(`${label}_cases`);
  const catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger });
  const cases = await startCases({ port: 0, databaseUrl: casesDb.url, catalogueUrl: catalogue.url, logger });
  const subgraphs = { catalogue, cases };
  const gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
    port: 0,
    logger,
  });
  return {
    gateway,
    subgraphs,
    query: (query, variables) => postGraphQL(gateway.url, query, variables),
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((server) => server.stop()));
      await Promise.all([catalogueDb.drop(), casesDb.drop()]);
    },
  };
}
