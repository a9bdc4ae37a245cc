/**
 * Stock `@apollo/gateway` for the benchmark: default settings, the same supergraph file as the
 * other gateways, served by Apollo Server's standalone HTTP server. WORKERS > 1 runs that many
 * copies behind node:cluster, so every gateway is compared at the same number of workers.
 * The only addition is what the hub's subgraphs require of any caller (bench-identity.ts): the
 * token's identity in the context, and each subgraph call signed — by the same data source class
 * our gateway uses, on Apollo's default HTTP client.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import { GatewayContext, SubgraphDataSource } from '../../../gateway/subgraph-data-source';
import { runInWorkers } from '../../../gateway/workers';
import { benchIdentity, benchSubgraphSecret } from './bench-identity';

async function serve() {
  const secret = benchSubgraphSecret();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
    buildService: ({ url }) => new SubgraphDataSource({ url: url!, secret }),
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  const identityOf = benchIdentity();
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async ({ req }) => ({ identity: await identityOf(req.headers.authorization) }),
  });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  return url;
}

runInWorkers(Number(process.env.WORKERS ?? 1), serve);
