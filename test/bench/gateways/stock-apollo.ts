/**
 * Stock `@apollo/gateway` for the benchmark: default settings, the same supergraph file as the
 * other gateways, served by Apollo Server's standalone HTTP server. WORKERS > 1 runs that many
 * copies behind node:cluster, so every gateway is compared at the same number of workers.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import { runInWorkers } from '../../../gateway/workers';

async function serve() {
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8') });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  return url;
}

runInWorkers(Number(process.env.WORKERS ?? 1), serve);
