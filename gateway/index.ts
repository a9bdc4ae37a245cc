import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createServer } from 'node:http';
import { requestIdentity } from '../lib/auth/request-identity';
import { secretOrTestDefault } from '../lib/auth/subgraph-secrets';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, tokenVerifier, TokenSettings } from '../lib/auth/tokens';
import { Logger } from '../lib/logger';
import { graphqlMetricsPlugin } from '../lib/metrics/graphql-plugin';
import { createServiceApp, graphqlRequestHandlers, listen, RunningServer } from '../lib/server';
import { requestIdOf } from '../lib/request-context';
import { RedisCache } from '../lib/shared-cache';
import { authenticate } from './authentication';
import { GatewayContext, SubgraphDataSource } from './subgraph-data-source';
import { graphqlExplorer } from './explorer';
import { STATUS_PAGE_PATH, statusPage } from './status-page';
import { httpProtections } from './http-protections';
import { maskErrors } from './mask-errors';
import { operationLimits } from './operation-limits';
import { operationResolution } from './operation-resolution';
import { DEFAULT_LEVERS, GatewayLevers } from './config';
import { persistedQueries, PersistedQueriesOptions, persistedQueriesFrom } from './persistedQueries';
import { subgraphClients } from './subgraphClients';
import { verifiedTokenCache } from './verifiedTokenCache';
import { REQUEST_SIZE_LIMIT } from './request-size-limit';
import { responseCache } from './responseCache';
import { useResultShaping } from './resultShaping';
import { checkSubgraphs } from './subgraphHealth';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  logger: Logger;
  /** The operation safelist; the manifest, enforced only in production, when omitted. */
  persistedQueries?: PersistedQueriesOptions;
  /** The speed levers (gateway/config.ts); each omitted one as its setting's default. */
  levers?: Partial<GatewayLevers>;
  /** Shared by every replica (automatic persisted queries); Apollo's in-memory cache when omitted. */
  cache?: RedisCache;
  /** How bearer tokens are verified; under jest, HS256 with the test run's secret when omitted. */
  auth?: TokenSettings;
  /** Each subgraph's signing secret by name; under jest, the test run's secret when omitted. */
  subgraphSecrets?: Record<string, string>;
  /** The bearer token `/metrics` asks for; open when unset. */
  metricsToken?: string;
  /** NODE_ENV by default: `production` turns introspection off and hides field suggestions. */
  environment?: string;
}

/** Under jest only: tokens signed with the test run's secret (`testToken` in test/support). */
const testTokenSettings = (): TokenSettings => ({
  secret: secretOrTestDefault(undefined, 'the gateway tokens'),
  issuer: DEVELOPMENT_ISSUER,
  audience: DEFAULT_AUDIENCE,
});

/**
 * Apollo Gateway over the checked-in supergraph, served by Apollo Server: `POST /graphql`,
 * `/health/live`, `/health/ready` (`ok`, or `degraded` while part of the graph is down) and
 * `/metrics`. The bearer token is verified (authentication.ts); the identity, request id and
 * trace context go on to the subgraphs, signed with each one's secret (subgraph-signing.ts).
 * Operations are limited (operation-limits.ts, request-size-limit.ts, http-protections.ts) and
 * errors masked outside development (mask-errors.ts).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const environment = options.environment ?? process.env.NODE_ENV;
  const production = environment === 'production';
  const development = environment === 'development';
  const levers = { ...DEFAULT_LEVERS, ...options.levers };
  const subgraphClient = subgraphClients(levers);
  // Apollo Gateway's executor reads the pass off its module: this sets it for the whole process
  useResultShaping(levers.resultShaping);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: options.subgraphUrls[name] ?? url,
        secret: secretOrTestDefault(options.subgraphSecrets?.[name], `the gateway's ${name} subgraph`),
        ...subgraphClient(name),
      }),
    logger: options.logger,
  });
  const verifier = tokenVerifier(options.auth ?? testTokenSettings());
  const verifyToken =
    levers.tokenCacheSize > 0 ? verifiedTokenCache(verifier, { maxEntries: levers.tokenCacheSize }) : verifier;
  const app = createServiceApp('gateway', () => checkSubgraphs(options.subgraphUrls), options.metricsToken);
  const httpServer = createServer(app);
  const limits = operationLimits(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    cache: options.cache,
    ...httpProtections(production),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: development,
    formatError: maskErrors(development),
    // Apollo's landing page loads from a CDN, out of reach of an offline government network:
    // gateway/explorer.ts serves GraphiQL from node_modules instead
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin('gateway'),
      operationResolution(),
      ...limits.plugins,
      ...(levers.responseCacheMiB > 0 ? responseCache({ maxSizeMiB: levers.responseCacheMiB }) : []),
    ],
    logger: options.logger,
  });
  await apollo.start();
  app.use(graphqlExplorer());
  app.use(STATUS_PAGE_PATH, authenticate(verifyToken), statusPage({ apollo, subgraphUrls: options.subgraphUrls }));
  app.use(
    '/graphql',
    // the request id goes to the subgraphs in the GraphQL context, not through an AsyncLocalStorage
    // (lib/request-context.ts says what that would cost); the gateway's one log line has it too
    ...graphqlRequestHandlers(options.logger, { bodyLimit: REQUEST_SIZE_LIMIT, asyncContext: false }),
    authenticate(verifyToken),
    persistedQueries(options.persistedQueries ?? persistedQueriesFrom({ NODE_ENV: environment })),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ identity: requestIdentity(res), requestId: requestIdOf(res) }),
    }),
  );

  const host = options.host ?? '127.0.0.1';
  const port = await listen(httpServer, options.port, host);
  const url = `http://${host}:${port}/graphql`;
  options.logger.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}
