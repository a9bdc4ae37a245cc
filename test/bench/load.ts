import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Identity } from '../../lib/auth/identity';
import { signRequest } from '../../lib/auth/signed-request';

/** What one load run measured. Latencies in milliseconds. */
export interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** One load run's raw material: every successful response's latency, the failures, the time taken. */
export interface Run {
  latencies: number[];
  errors: number;
  elapsedS: number;
}

/** Figures over one or more runs (interleaved rounds of the same work count as one measurement). */
export function summarise(runs: Run[]): Measurement {
  const sorted = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  const elapsedS = runs.reduce((sum, run) => sum + run.elapsedS, 0);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    rps: Math.round(sorted.length / elapsedS),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    errors,
  };
}

/**
 * POSTs the same GraphQL body to `url` from `connections` keep-alive connections for `durationS`
 * seconds with autocannon. Latency per response is collected here (autocannon's histogram has no
 * p95). `idReplacement`: every `[<id>]` in the body becomes a fresh id per request; `token`: a
 * bearer token sent with every request.
 */
export async function hammer(
  url: string,
  body: unknown,
  options: LoadOptions & { idReplacement?: boolean; token?: string },
): Promise<Run> {
  const latencies: number[] = [];
  let settle!: (result: autocannon.Result) => void;
  let fail!: (error: Error) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ([settle, fail] = [resolve, reject]));
  const instance = autocannon(
    {
      url,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(body),
      connections: options.connections,
      duration: options.durationS,
      idReplacement: options.idReplacement ?? false,
    },
    (error, result) => (error ? fail(error) : settle(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 300) latencies.push(responseTime);
  });
  const result = await finished;
  return { latencies, errors: result.errors + result.timeouts + result.non2xx, elapsedS: result.duration };
}

/** One subgraph request of a recorded query plan: where, exactly what the gateway sent, for whom. */
export interface SubgraphCall {
  url: string;
  body: string;
  identity: Identity | null;
}

/**
 * Replays recorded subgraph calls as fast as `connections` concurrent clients can: each iteration
 * runs the waves one after another and the calls of a wave in parallel, as the query plan did.
 * One iteration's latency is the time from its first call to its last answer. Each call is signed
 * afresh with `secret`, as a gateway signs it (a subgraph accepts a signature once).
 */
export async function replay(
  waves: SubgraphCall[][],
  options: LoadOptions & { secret: string; idReplacement?: boolean },
): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections * 4 });
  const call = ({ url, body: recorded, identity }: SubgraphCall) =>
    new Promise<boolean>((resolve) => {
      // as hammer's idReplacement: every `[<id>]` a fresh id per call (the scale bench's submissions)
      const body = options.idReplacement ? recorded.split('[<id>]').join(randomUUID()) : recorded;
      const sent = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...signRequest({ secret: options.secret, body, identity }),
          },
        },
        (response) => {
          response.resume();
          response.once('end', () => resolve((response.statusCode ?? 500) < 300));
        },
      );
      sent.once('error', () => resolve(false));
      sent.end(body);
    });

  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationS * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      let ok = true;
      for (const wave of waves) ok = (await Promise.all(wave.map(call))).every(Boolean) && ok;
      if (ok) latencies.push(performance.now() - begin);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  return { latencies, errors, elapsedS: (performance.now() - started) / 1000 };
}
