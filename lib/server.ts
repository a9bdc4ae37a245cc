import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { GraphQLSchema } from 'graphql';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { secretOrTestDefault } from './auth/subgraph-secrets';
import { publicCacheHints } from './cache-hints';
import { acceptOnlySignedRequests, RawBodyRequest } from './auth/verify-signed-request';
import { HealthReport, mountHealth } from './health';
import { Logger } from './logger';
import { graphqlMetricsPlugin } from './metrics/graphql-plugin';
import { requireMetricsToken } from './auth/metrics-token';
import { serveMetrics } from './metrics/registry';
import { adoptRequestId, requestContext, requestIdOf } from './request-context';
import { traceRequests } from './tracing';

export type { HealthReport } from './health';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  logger: Logger;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  /** Whether what the service depends on answers (its database, its legacy systems); ready when omitted. */
  ready?: () => Promise<HealthReport>;
  /** Closes what the service opened (database, clients) after the HTTP server has drained. */
  onStop?: () => Promise<void>;
  /**
   * The secret the gateway and hub services sign requests to this subgraph with (SUBGRAPH_SECRET);
   * under jest, the test run's secret when omitted.
   */
  secret?: string;
  /** The bearer token `/metrics` asks for (METRICS_TOKEN); open when unset. */
  metricsToken?: string;
  /**
   * Public reference data only: how long anyone may reuse the subgraph's answers to queries
   * (lib/cache-hints.ts). Omitted or 0: every answer is `no-store`.
   */
  cacheMaxAgeSeconds?: number;
}

/** What a subgraph's `start<Name>` options take to trust only the gateway (passed on to the server). */
export type SubgraphTrustOptions = Pick<SubgraphServerOptions<BaseContext>, 'secret' | 'metricsToken'>;

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * What every service of the hub serves besides GraphQL: `/health/live` and `/health/ready`, open
 * to the orchestrator, and `/metrics`, behind the scrape token when one is configured.
 */
export function createServiceApp(name: string, ready: () => Promise<HealthReport>, metricsToken?: string): Express {
  const app = express();
  // Express hashes every response body for an ETag by default; GraphQL answers are POSTs, never
  // revalidated, so the SHA-1 over each one (tens of kB for a page of cases) would be pure cost
  app.disable('etag');
  // and nobody outside needs to know what serves them
  app.disable('x-powered-by');
  mountHealth(app, name, ready);
  app.get('/metrics', requireMetricsToken(metricsToken), serveMetrics);
  return app;
}

/** A body that is not JSON, or too large, answered as GraphQL over HTTP answers: a JSON error. */
const refuseUnreadableBodies: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'The request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  } else if (error.type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(error);
};

/**
 * What runs before GraphQL on every request: the JSON body, the request id (adopted or made, and
 * echoed), the trace span, and one access-log line when the response is sent. `asyncContext`
 * (default true): the request id is also the current one for everything the request runs
 * (`requestContext`); false: it is only settled (`adoptRequestId`), and the service hands it on.
 */
export function graphqlRequestHandlers(
  logger: Logger,
  { bodyLimit = '1mb', asyncContext = true } = {},
): (RequestHandler | ErrorRequestHandler)[] {
  const logRequest: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(res);
    res.once('finish', () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
      logger.info({ requestId, method: req.method, status: res.statusCode, durationMs }, 'graphql request');
    });
    next();
  };
  // the raw bytes stay on the request: a subgraph checks the gateway's signature over them
  const keepRawBody = (req: RawBodyRequest, _res: unknown, raw: Buffer) => {
    req.rawBody = raw;
  };
  return [
    express.json({ limit: bodyLimit, verify: keepRawBody }),
    refuseUnreadableBodies,
    asyncContext ? requestContext : adoptRequestId,
    traceRequests,
    logRequest,
  ];
}

/**
 * One subgraph as an HTTP service: `POST /graphql`, health and metrics (`createServiceApp`).
 * GraphQL answers only requests signed for this subgraph (lib/auth/verify-signed-request.ts), so
 * only the gateway and hub services reach it; the verified identity is `requestIdentity(res)`.
 * Stack traces stay out of responses unless NODE_ENV is `development`.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const secret = secretOrTestDefault(options.secret, `the ${options.name} subgraph`);
  const app = createServiceApp(options.name, options.ready ?? (async () => ({ ok: true })), options.metricsToken);
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // federated tracing costs every request and nobody reads it here; OpenTelemetry traces instead
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetricsPlugin(options.name),
      ...(options.cacheMaxAgeSeconds ? publicCacheHints(options.cacheMaxAgeSeconds) : []),
    ],
    logger: options.logger,
  });
  await apollo.start();
  app.use(
    '/graphql',
    ...graphqlRequestHandlers(options.logger),
    acceptOnlySignedRequests(secret),
    expressMiddleware(apollo, { context: options.context }),
  );

  const port = await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  options.logger.info({ url }, `${options.name} subgraph ready`);
  return {
    url,
    port,
    async stop() {
      await apollo.stop();
      await options.onStop?.();
    },
  };
}
