import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { HubQuery } from './queries';
import { SubgraphCall } from './load';

interface TimedCall extends SubgraphCall {
  started: number;
  ended: number;
}

/**
 * The subgraph calls one execution of each query makes, in waves: what the gateway would send,
 * recorded from a stock gateway in this process, so the "direct" run does the same subgraph work
 * without a gateway. A call starts a new wave when it began after some call of the current wave
 * had answered (it depended on an earlier answer); calls started together run in parallel.
 */
export async function recordSubgraphWaves(
  supergraphPath: string,
  queries: readonly HubQuery[],
): Promise<Record<string, SubgraphCall[][]>> {
  let calls: TimedCall[] = [];
  class RecordingDataSource extends RemoteGraphQLDataSource {
    override async process(options: GraphQLDataSourceProcessOptions) {
      const { query, variables, operationName } = options.request;
      const body = JSON.stringify({ query, variables, operationName });
      const started = performance.now();
      const response = await super.process(options);
      calls.push({ url: this.url!, body, started, ended: performance.now() });
      return response;
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ url }) => new RecordingDataSource({ url }),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  const waves: Record<string, SubgraphCall[][]> = {};
  try {
    for (const { name, query, variables } of queries) {
      calls = [];
      const response = await server.executeOperation({ query, variables });
      if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) {
        throw new Error(`recording ${name} failed: ${JSON.stringify(response.body)}`);
      }
      waves[name] = toWaves(calls);
    }
  } finally {
    await server.stop();
  }
  return waves;
}

function toWaves(calls: TimedCall[]): SubgraphCall[][] {
  const waves: TimedCall[][] = [];
  for (const call of [...calls].sort((a, b) => a.started - b.started)) {
    const current = waves.at(-1);
    if (current && current.every((earlier) => earlier.ended > call.started)) current.push(call);
    else waves.push([call]);
  }
  return waves.map((wave) => wave.map(({ url, body }) => ({ url, body })));
}
