import { legacyHealthReport, legacySystemHealth, REACHABILITY_TIMEOUT_MS } from '../../adapters/kit';
import { PartyBuildingClient } from '../../adapters/party-building';
import { HealthReport } from '../../lib/health';

/**
 * Ready while the 党建 system answers and its breaker is not open; otherwise 503 naming it. The
 * subgraph still serves meanwhile, with null and an error at the fields the system feeds.
 */
export function partyBuildingHealth(client: PartyBuildingClient): Promise<HealthReport> {
  return legacyHealthReport([
    { health: () => legacySystemHealth(client.caller, () => client.reachable(REACHABILITY_TIMEOUT_MS)) },
  ]);
}
