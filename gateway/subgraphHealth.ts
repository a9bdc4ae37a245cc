import { HealthReport, READINESS_TIMEOUT_MS } from '../lib/health';

/** What the gateway learnt from one subgraph's `/health/ready`. */
type SubgraphState = { state: 'ok' } | { state: 'not ready'; reasons: string[] } | { state: 'timeout' | 'unreachable' };

async function askSubgraph(url: string, timeoutMs: number): Promise<SubgraphState> {
  try {
    const response = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return { state: 'ok' };
    const body = (await response.json().catch(() => ({}))) as { reasons?: string[] };
    return { state: 'not ready', reasons: body.reasons ?? [`status ${response.status}`] };
  } catch (error) {
    return { state: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
}

/**
 * The gateway's readiness from each subgraph's `/health/ready`: `ok` when all are ready;
 * `degraded` (still 200: the gateway answers, with null and an error where a system is down) when
 * some subgraph is not ready or does not answer; unavailable only when no subgraph answers at all.
 */
export async function checkSubgraphs(
  urls: Record<string, string>,
  timeoutMs = READINESS_TIMEOUT_MS - 500,
): Promise<HealthReport> {
  const states = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await askSubgraph(url, timeoutMs)] as const),
  );
  const reasons = states.flatMap(([name, answer]) =>
    answer.state === 'ok'
      ? []
      : answer.state === 'not ready'
        ? answer.reasons.map((r) => `${name}: ${r}`)
        : [`${name}: ${answer.state}`],
  );
  const answering = states.filter(([, answer]) => answer.state === 'ok' || answer.state === 'not ready');
  return {
    ok: answering.length > 0,
    status: reasons.length === 0 ? 'ok' : 'degraded',
    reasons,
    details: { subgraphs: Object.fromEntries(states.map(([name, answer]) => [name, answer.state])) },
  };
}
