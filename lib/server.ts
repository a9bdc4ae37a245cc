import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Logger } from './logger';

export interface HealthReport {
  ok: boolean;
  /** Why the service is not ready, or what it checked. */
  details?: Record<string, unknown>;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  logger: Logger;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  health?: () => Promise<HealthReport>;
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

/**
 * One subgraph as an HTTP service: `POST /graphql` and `GET /health` (200 when ready, 503 with
 * the reason otherwise). Stack traces stay out of responses unless NODE_ENV is `development`.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    // federated tracing costs every request and nobody reads it here; the gateway measures instead
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
    logger: options.logger,
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const report = options.health
      ? await options.health().catch((error: Error) => ({ ok: false, details: { error: error.message } }))
      : { ok: true };
    res
      .status(report.ok ? 200 : 503)
      .json({ service: options.name, status: report.ok ? 'ok' : 'unavailable', ...report.details });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: options.context }));

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
