import { ApolloGateway, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { LegacySystemId } from '../../adapters/kit/systems';
import { GatewayContext, SubgraphDataSource } from '../../gateway/subgraph-data-source';
import { clearJournals, LegacyCalls, readJournals } from './legacy-calls';
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
 * had answered (it depended on an earlier answer); calls started together run in parallel. The
 * calls are signed for the query's identity, as our gateway signs them. This is each query's
 * first execution: the legacy calls it causes (the doubles' journals) are those of a query that
 * finds the subgraphs' read caches (adapters/kit/read-cache.ts) cold.
 */
export async function recordSubgraphWaves(
  supergraphPath: string,
  queries: readonly HubQuery[],
  secret: string,
  doubleUrls: Record<LegacySystemId, string>,
): Promise<{ waves: Record<string, SubgraphCall[][]>; legacyCalls: Record<string, LegacyCalls> }> {
  let calls: TimedCall[] = [];
  class RecordingDataSource extends SubgraphDataSource {
    override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
      const { query, variables, operationName } = options.request;
      const body = JSON.stringify({ query, variables, operationName });
      const identity = options.context?.identity ?? null;
      const started = performance.now();
      const response = await super.process(options);
      calls.push({ url: this.url!, body, identity, started, ended: performance.now() });
      return response;
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ url }) => new RecordingDataSource({ url: url!, secret }),
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  await server.start();
  const waves: Record<string, SubgraphCall[][]> = {};
  const legacyCalls: Record<string, LegacyCalls> = {};
  try {
    for (const { name, query, variables, identity } of queries) {
      calls = [];
      await clearJournals(doubleUrls);
      const response = await server.executeOperation({ query, variables }, { contextValue: { identity } });
      legacyCalls[name] = await readJournals(doubleUrls);
      if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) {
        throw new Error(`recording ${name} failed: ${JSON.stringify(response.body)}`);
      }
      waves[name] = toWaves(calls);
    }
  } finally {
    await server.stop();
  }
  return { waves, legacyCalls };
}

function toWaves(calls: TimedCall[]): SubgraphCall[][] {
  const waves: TimedCall[][] = [];
  for (const call of [...calls].sort((a, b) => a.started - b.started)) {
    const current = waves.at(-1);
    if (current && current.every((earlier) => earlier.ended > call.started)) current.push(call);
    else waves.push([call]);
  }
  return waves.map((wave) => wave.map(({ url, body, identity }) => ({ url, body, identity })));
}
