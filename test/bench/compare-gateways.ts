import { isDeepStrictEqual } from 'node:util';
import { postGraphQL } from '../support/graphql';
import { cpuMsOf, machineCpuMs } from './cpu';
import { GATEWAY_LABELS, GatewayName, RunningGateway, startGatewayUnderTest } from './gateways';
import { clearJournals, LegacyCalls } from './legacy-calls';
import { hammer, LoadOptions, Measurement, replay, Run, SubgraphCall, summarise } from './load';
import { sampleMemory } from './memory';
import { HubQuery } from './queries';
import { Backend } from './stack';
import { BenchTrust, benchToken } from './trust';

/** A runner's figures with what one answered request cost the whole machine (cpu.ts). */
export interface RunnerMeasurement extends Measurement {
  /** Busy CPU time of the whole machine per answered request, ms: gateway, backend and load generator. */
  machineCpuMsPerRequest: number;
}

export interface GatewayMeasurement extends RunnerMeasurement {
  /** Peak RSS of the gateway's process tree (its workers included) while this query ran, MiB. */
  peakRssMiB: number;
  /** CPU time (user + system) of the gateway's process tree per answered request, ms (cpu.ts). */
  cpuMsPerRequest: number;
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
  /** Requests the legacy doubles received for one execution with cold caches, per system (record-plan.ts). */
  legacyCalls: LegacyCalls;
}

export interface Comparison {
  /** Per query, when the legacy calls were counted (the real subgraphs). */
  profiles: Record<string, QueryProfile>;
  gateways: Record<GatewayName, GatewayStatus>;
  /** Per query: each gateway's figures (null when it did not run) and the direct subgraph calls. */
  results: Record<string, Record<GatewayName, GatewayMeasurement | null> & { direct: RunnerMeasurement }>;
}

export interface CompareOptions extends LoadOptions {
  warmupS: number;
  workers: number;
  rounds: number;
  gateways: GatewayName[];
  oursEnv: Record<string, string>;
}

/** What one comparison runs against. */
export interface ComparedBackend {
  backend: Backend;
  /** Each query's subgraph calls (record-plan.ts), pointed at this backend: the direct runner. */
  waves: Record<string, SubgraphCall[][]>;
  /** The legacy calls of each query's first execution (record-plan.ts), when the doubles are behind. */
  legacyCalls?: Record<string, LegacyCalls>;
  /** After the gateways' first answers, before the answers are compared and load begins. */
  beforeMeasuring?: () => Promise<void>;
}

/** The gateways that start; the reason for each that does not. */
async function startAll(root: string, backend: Backend, options: CompareOptions) {
  const running: RunningGateway[] = [];
  const gateways = {} as Comparison['gateways'];
  for (const name of options.gateways) {
    gateways[name] = { label: GATEWAY_LABELS[name], ran: false };
    try {
      running.push(await startGatewayUnderTest(name, root, backend, options.workers, options.oursEnv));
    } catch (error) {
      gateways[name].reason = `could not start: ${(error as Error).message}`;
    }
  }
  return { running, gateways };
}

/** The same subgraph calls, pointed at other subgraphs of the same names. */
export function retarget(
  waves: Record<string, SubgraphCall[][]>,
  from: Record<string, string>,
  to: Record<string, string>,
): Record<string, SubgraphCall[][]> {
  const nameOf = Object.fromEntries(Object.entries(from).map(([name, url]) => [url, name]));
  return Object.fromEntries(
    Object.entries(waves).map(([query, plan]) => [
      query,
      plan.map((wave) => wave.map((call) => ({ ...call, url: to[nameOf[call.url]] ?? call.url }))),
    ]),
  );
}

/** CPU milliseconds: the gateway's process tree (absent for the direct runner) and the whole machine. */
interface CpuSpent {
  gatewayMs: number;
  machineMs: number;
}

/** One load run, with the CPU the gateway's process tree (when there is one) and the machine spent on it. */
async function measured(load: () => Promise<Run>, gatewayPid?: number): Promise<{ run: Run; cpu: CpuSpent }> {
  const gatewayBefore = gatewayPid ? cpuMsOf(gatewayPid) : 0;
  const machineBefore = machineCpuMs();
  const run = await load();
  return {
    run,
    cpu: {
      gatewayMs: gatewayPid ? cpuMsOf(gatewayPid) - gatewayBefore : 0,
      machineMs: machineCpuMs() - machineBefore,
    },
  };
}

/** Milliseconds per answered request, to two decimals. */
const perRequest = (ms: number, requests: number) => Math.round((ms / Math.max(1, requests)) * 100) / 100;

/**
 * The hub's one-graph queries through each gateway (each its own process, all on the same
 * backend) and the same subgraph work called directly (the ceiling). The machine is shared, so
 * the runners take turns: each query's measuring time is split into `rounds` rounds, and in each
 * round every runner (direct first, then each gateway) gets one slice; a runner's figures pool
 * its slices. A drift in background load then hits every runner alike.
 */
export async function compareGateways(
  root: string,
  { backend, waves, legacyCalls, beforeMeasuring }: ComparedBackend,
  queries: readonly HubQuery[],
  options: CompareOptions,
  trust: BenchTrust,
): Promise<Comparison> {
  const slice = {
    connections: options.connections,
    durationS: Math.max(1, Math.round(options.durationS / options.rounds)),
  };
  const warmup = { connections: options.connections, durationS: options.warmupS };
  const direct = { secret: trust.subgraphSecret };
  const nameOf = Object.fromEntries(Object.entries(backend.subgraphUrls).map(([name, url]) => [url, name]));
  const tokens = Object.fromEntries(
    await Promise.all(queries.map(async ({ name, identity }) => [name, await benchToken(trust, identity)])),
  );
  const { running, gateways } = await startAll(root, backend, options);
  const results = {} as Comparison['results'];
  const profiles: Comparison['profiles'] = {};
  if (legacyCalls) {
    for (const { name, description } of queries) {
      profiles[name] = {
        description,
        subgraphWaves: waves[name].map((wave) => wave.map(({ url }) => nameOf[url] ?? url)),
        legacyCalls: legacyCalls[name],
      };
    }
  }

  /** Every gateway's answers, compared with ours (the first to run). */
  const compareAnswers = async () => {
    let reference: Record<string, unknown> | undefined;
    for (const gateway of running) {
      const answers: Record<string, unknown> = {};
      for (const { name, query, variables } of queries) {
        const answer = await postGraphQL(gateway.url, query, variables, { signed: false, token: tokens[name] });
        answers[name] = { data: answer.data, errors: answer.errors };
      }
      reference ??= answers;
      const clean = Object.values(answers).every((answer) => !(answer as { errors?: unknown[] }).errors?.length);
      gateways[gateway.name].sameAnswers = clean && isDeepStrictEqual(answers, reference);
    }
  };

  try {
    // same answers first: a gateway that answers differently would be measured doing other work
    await compareAnswers();
    if (beforeMeasuring) {
      await beforeMeasuring();
      await compareAnswers();
    }

    for (const { name, query, variables } of queries) {
      const body = { query, variables };
      const token = tokens[name];
      const runs: Record<string, Run[]> = { direct: [] };
      const cpu: Record<string, CpuSpent> = {};
      const take = async (runner: string, load: () => Promise<Run>, gatewayPid?: number) => {
        // the work the runner before left behind (its audit entries are stored a second or more
        // after its answers) is done before this runner's slice, not during it
        await backend.settle?.();
        const { run, cpu: spent } = await measured(load, gatewayPid);
        (runs[runner] ??= []).push(run);
        cpu[runner] = {
          gatewayMs: (cpu[runner]?.gatewayMs ?? 0) + spent.gatewayMs,
          machineMs: (cpu[runner]?.machineMs ?? 0) + spent.machineMs,
        };
      };
      const memory = Object.fromEntries(running.map((gateway) => [gateway.name, sampleMemory(gateway.pid)]));
      await replay(waves[name], { ...warmup, ...direct });
      for (const gateway of running) await hammer(gateway.url, body, { ...warmup, token });
      for (let round = 1; round <= options.rounds; round++) {
        console.log(`${name}: round ${round} of ${options.rounds}`);
        await take('direct', () => replay(waves[name], { ...slice, ...direct }));
        for (const gateway of running) {
          await take(gateway.name, () => hammer(gateway.url, body, { ...slice, token }), gateway.pid);
        }
        // the doubles keep every request; keep them small
        if (backend.doubleUrls) await clearJournals(backend.doubleUrls);
      }
      const directSummary = summarise(runs.direct);
      results[name] = {
        direct: { ...directSummary, machineCpuMsPerRequest: perRequest(cpu.direct.machineMs, directSummary.requests) },
        ours: null,
        stock: null,
        hive: null,
      };
      for (const gateway of running) {
        const summary = summarise(runs[gateway.name]);
        results[name][gateway.name] = {
          ...summary,
          peakRssMiB: memory[gateway.name].stop(),
          cpuMsPerRequest: perRequest(cpu[gateway.name].gatewayMs, summary.requests),
          machineCpuMsPerRequest: perRequest(cpu[gateway.name].machineMs, summary.requests),
        };
      }
    }
    for (const gateway of running) gateways[gateway.name].ran = true;
  } finally {
    await Promise.all(running.map((gateway) => gateway.stop()));
  }
  return { profiles, gateways, results };
}
