import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';
import { Logger } from '../lib/logger';
import { listen, RunningServer } from '../lib/server';
import { checkSubgraphs } from './subgraphHealth';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  logger: Logger;
}

/**
 * Apollo Gateway over the checked-in supergraph, served by Apollo Server: `POST /graphql` and
 * `GET /health` (200 only when every subgraph answers its own health check).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: options.subgraphUrls[name] ?? url }),
    logger: options.logger,
  });
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    logger: options.logger,
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const report = await checkSubgraphs(options.subgraphUrls);
    res.status(report.ok ? 200 : 503).json({ service: 'gateway', status: report.ok ? 'ok' : 'unavailable', ...report });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));

  const host = options.host ?? '127.0.0.1';
  const port = await listen(httpServer, options.port, host);
  const url = `http://${host}:${port}/graphql`;
  options.logger.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}
