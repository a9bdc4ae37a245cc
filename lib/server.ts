import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { Express, RequestHandler } from 'express';
import { GraphQLSchema } from 'graphql';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { HealthReport, mountHealth } from './health';
import { Logger } from './logger';
import { graphqlMetricsPlugin } from './metrics/graphql-plugin';
import { serveMetrics } from './metrics/registry';
import { currentRequestId, requestContext } from './request-context';
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
}

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

/** What every service of the hub serves besides GraphQL: `/health/live`, `/health/ready` and `/metrics`. */
export function createServiceApp(name: string, ready: () => Promise<HealthReport>): Express {
  const app = express();
  mountHealth(app, name, ready);
  app.get('/metrics', serveMetrics);
  return app;
}

/**
 * What runs before GraphQL on every request: the JSON body, the request id (adopted or made, and
 * echoed), the trace span, and one access-log line when the response is sent.
 */
export function graphqlRequestHandlers(logger: Logger): RequestHandler[] {
  const logRequest: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = currentRequestId();
    res.once('finish', () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1_000_000n);
      logger.info({ requestId, method: req.method, status: res.statusCode, durationMs }, 'graphql request');
    });
    next();
  };
  return [express.json({ limit: '1mb' }), requestContext, traceRequests, logRequest];
}

/**
 * One subgraph as an HTTP service: `POST /graphql`, health and metrics (`createServiceApp`).
 * Stack traces stay out of responses unless NODE_ENV is `development`.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const app = createServiceApp(options.name, options.ready ?? (async () => ({ ok: true })));
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // federated tracing costs every request and nobody reads it here; OpenTelemetry traces instead
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetricsPlugin(options.name),
    ],
    logger: options.logger,
  });
  await apollo.start();
  app.use(
    '/graphql',
    ...graphqlRequestHandlers(options.logger),
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
