import { HealthReport } from '../../lib/health';
import { BreakerState, LegacyCaller } from './caller';
import { LegacySystemId } from './systems';

/** What a department subgraph's `/health/ready` reports for each legacy system it wraps. */
export interface LegacySystemHealth {
  system: LegacySystemId;
  /** Something answered HTTP at the system's address just now. */
  reachable: boolean;
  breaker: BreakerState;
}

/** How long a readiness probe waits for a legacy system: well inside a probe's own timeout. */
export const REACHABILITY_TIMEOUT_MS = 1000;

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

/** A client's health from its caller's breaker and its own reachability probe. */
export async function legacySystemHealth(
  caller: Pick<LegacyCaller, 'system' | 'breakerState'>,
  reachable: () => Promise<boolean>,
): Promise<LegacySystemHealth> {
  return { system: caller.system, reachable: await reachable(), breaker: caller.breakerState() };
}

/**
 * A department subgraph's readiness, the way X-Road's security server reports it: ready only while
 * every legacy system it wraps answers and no breaker is open; otherwise not ready, naming each
 * system and why. Each system's state is in the report either way.
 */
export async function legacyHealthReport(
  clients: readonly { health(): Promise<LegacySystemHealth> }[],
): Promise<HealthReport> {
  const systems = await Promise.all(clients.map((client) => client.health()));
  const reasons = systems.flatMap(({ system, reachable, breaker }) => [
    ...(reachable ? [] : [`${system}: unreachable`]),
    ...(breaker === 'OPEN' ? [`${system}: circuit breaker open`] : []),
  ]);
  return {
    ok: reasons.length === 0,
    reasons,
    details: {
      legacySystems: Object.fromEntries(
        systems.map(({ system, reachable, breaker }) => [system, { reachable, breaker }]),
      ),
    },
  };
}
