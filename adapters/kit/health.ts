import { BreakerState } from './caller';
import { LegacySystemId } from './systems';

/** What a subgraph's `/health` reports for each legacy system it wraps. */
export interface LegacySystemHealth {
  system: LegacySystemId;
  /** Something answered HTTP at the system's address just now. */
  reachable: boolean;
  breaker: BreakerState;
}

/**
 * Whether anything answers HTTP at `url` within `timeoutMs`. Any status counts: a 401 or a SOAP
 * fault still means the system is up. Not a legacy call: no breaker, no retry, no journal meaning.
 */
export async function isReachable(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/**
 * A department subgraph's `/health`: the subgraph itself is up (with a system down it still answers,
 * null at the failed paths), and reports each legacy system's reachability and breaker state.
 */
export async function legacyHealthReport(clients: readonly { health(): Promise<LegacySystemHealth> }[]) {
  const systems = await Promise.all(clients.map((client) => client.health()));
  return {
    ok: true,
    details: {
      legacySystems: Object.fromEntries(
        systems.map(({ system, reachable, breaker }) => [system, { reachable, breaker }]),
      ),
    },
  };
}
