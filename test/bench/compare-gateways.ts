import { isDeepStrictEqual } from 'node:util';
import { postGraphQL } from '../support/graphql';
import { GATEWAY_LABELS, GatewayName, RunningGateway, startGatewayUnderTest } from './gateways';
import { clearJournals, LegacyCalls, readJournals } from './legacy-calls';
import { hammer, LoadOptions, Measurement, replay, Run, summarise } from './load';
import { sampleMemory } from './memory';
import { HubQuery } from './queries';
import { recordSubgraphWaves } from './record-plan';
import { BenchStack } from './stack';

export interface GatewayMeasurement extends Measurement {
  /** Peak RSS of the gateway's process tree (its workers included) while this query ran, MiB. */
  peakRssMiB: number;
}

export interface GatewayStatus {
  label: string;
  ran: boolean;
  /** Why it did not run, when it did not. */
  reason?: string;
  /** Whether it answered every query with exactly the data and errors our gateway gave. */
  sameAnswers?: boolean;
}

export interface QueryProfile {
  description: string;
  /** The subgraph calls of one execution, wave by wave. */
  subgraphWaves: string[][];
  /** Requests the legacy doubles received for one execution through our gateway, per system. */
  legacyCalls: LegacyCalls;
}

export interface Comparison {
  profiles: Record<string, QueryProfile>;
  gateways: Record<GatewayName, GatewayStatus>;
  /** Per query: each gateway's figures (null when it did not run) and the direct subgraph calls. */
  results: Record<string, Record<GatewayName, GatewayMeasurement | null> & { direct: Measurement }>;
}

export interface CompareOptions extends LoadOptions {
  warmupS: number;
  workers: number;
  rounds: number;
  gateways: GatewayName[];
}

/** The gateways that start; the reason for each that does not. */
async function startAll(root: string, stack: BenchStack, options: CompareOptions) {
  const running: RunningGateway[] = [];
  const gateways = {} as Comparison['gateways'];
  for (const name of options.gateways) {
    gateways[name] = { label: GATEWAY_LABELS[name], ran: false };
    try {
      running.push(await startGatewayUnderTest(name, root, stack, options.workers));
    } catch (error) {
      gateways[name].reason = `could not start: ${(error as Error).message}`;
    }
  }
  return { running, gateways };
}

/**
 * The hub's one-graph queries through each gateway (each its own process, all on the same
 * subgraphs) and the same subgraph work called directly (the ceiling). The machine is shared, so
 * the runners take turns: each query's measuring time is split into `rounds` rounds, and in each
 * round every runner (direct first, then each gateway) gets one slice; a runner's figures pool
 * its slices. A drift in background load then hits every runner alike.
 */
export async function compareGateways(
  root: string,
  stack: BenchStack,
  queries: readonly HubQuery[],
  options: CompareOptions,
): Promise<Comparison> {
  const slice = {
    connections: options.connections,
    durationS: Math.max(1, Math.round(options.durationS / options.rounds)),
  };
  const warmup = { connections: options.connections, durationS: options.warmupS };
  const nameOf = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [url, name]));
  const waves = await recordSubgraphWaves(stack.supergraphPath, queries);
  const { running, gateways } = await startAll(root, stack, options);
  const results = {} as Comparison['results'];
  const profiles: Comparison['profiles'] = {};
  try {
    // same answers first: a gateway that answers differently would be measured doing other work
    let reference: Record<string, unknown> | undefined;
    for (const gateway of running) {
      const answers: Record<string, unknown> = {};
      for (const { name, description, query, variables } of queries) {
        await clearJournals(stack.doubleUrls);
        const answer = await postGraphQL(gateway.url, query, variables);
        answers[name] = { data: answer.data, errors: answer.errors };
        if (gateway.name === 'ours') {
          profiles[name] = {
            description,
            subgraphWaves: waves[name].map((wave) => wave.map(({ url }) => nameOf[url] ?? url)),
            legacyCalls: await readJournals(stack.doubleUrls),
          };
        }
      }
      reference ??= answers;
      const clean = Object.values(answers).every((answer) => !(answer as { errors?: unknown[] }).errors?.length);
      gateways[gateway.name].sameAnswers = clean && isDeepStrictEqual(answers, reference);
    }

    for (const { name, query, variables } of queries) {
      const body = { query, variables };
      const runs: Record<string, Run[]> = { direct: [] };
      const memory = Object.fromEntries(running.map((gateway) => [gateway.name, sampleMemory(gateway.pid)]));
      await replay(waves[name], warmup);
      for (const gateway of running) await hammer(gateway.url, body, warmup);
      for (let round = 1; round <= options.rounds; round++) {
        console.log(`${name}: round ${round} of ${options.rounds}`);
        runs.direct.push(await replay(waves[name], slice));
        for (const gateway of running) (runs[gateway.name] ??= []).push(await hammer(gateway.url, body, slice));
        await clearJournals(stack.doubleUrls); // the doubles keep every request; keep them small
      }
      results[name] = { direct: summarise(runs.direct), ours: null, stock: null, hive: null };
      for (const gateway of running) {
        results[name][gateway.name] = { ...summarise(runs[gateway.name]), peakRssMiB: memory[gateway.name].stop() };
      }
    }
    for (const gateway of running) gateways[gateway.name].ran = true;
  } finally {
    await Promise.all(running.map((gateway) => gateway.stop()));
  }
  return { profiles, gateways, results };
}
