import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createServer } from 'node:http';
import { Logger } from '../lib/logger';
import { graphqlMetricsPlugin } from '../lib/metrics/graphql-plugin';
import { createServiceApp, graphqlRequestHandlers, listen, RunningServer } from '../lib/server';
import { RedisCache } from '../lib/shared-cache';
import { SubgraphDataSource } from './subgraph-data-source';
import { graphqlExplorer } from './explorer';
import { persistedQueries, PersistedQueriesOptions, persistedQueriesFromEnvironment } from './persistedQueries';
import { subgraphClients } from './subgraphClients';
import { checkSubgraphs } from './subgraphHealth';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  logger: Logger;
  /** The operation safelist; from PERSISTED_QUERIES and PERSISTED_QUERIES_MANIFEST when omitted. */
  persistedQueries?: PersistedQueriesOptions;
  /** Shared by every replica (automatic persisted queries); Apollo's in-memory cache when omitted. */
  cache?: RedisCache;
}

/**
 * Apollo Gateway over the checked-in supergraph, served by Apollo Server: `POST /graphql`,
 * `/health/live`, `/health/ready` (`ok`, or `degraded` while part of the graph is down) and
 * `/metrics`. Each request's id and trace context go on to the subgraphs.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const subgraphClient = subgraphClients();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ url: options.subgraphUrls[name] ?? url, ...subgraphClient(name) }),
    logger: options.logger,
  });
  const app = createServiceApp('gateway', () => checkSubgraphs(options.subgraphUrls));
  const httpServer = createServer(app);
  const apollo = new ApolloServer({
    gateway,
    cache: options.cache,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    // Apollo's landing page loads from a CDN, out of reach of an offline government network:
    // gateway/explorer.ts serves GraphiQL from node_modules instead
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin('gateway'),
    ],
    logger: options.logger,
  });
  await apollo.start();
  app.use(graphqlExplorer());
  app.use(
    '/graphql',
    ...graphqlRequestHandlers(options.logger),
    persistedQueries(options.persistedQueries ?? persistedQueriesFromEnvironment()),
    expressMiddleware(apollo),
  );

  const host = options.host ?? '127.0.0.1';
  const port = await listen(httpServer, options.port, host);
  const url = `http://${host}:${port}/graphql`;
  options.logger.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}
