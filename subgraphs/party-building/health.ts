import { PartyBuildingClient } from '../../adapters/party-building';
import { HealthReport } from '../../lib/server';

/**
 * The 党建 system's reachability and breaker state. The subgraph stays healthy when the system is
 * down: it still answers, with null and an error at the fields the system feeds.
 */
export async function partyBuildingHealth(client: PartyBuildingClient): Promise<HealthReport> {
  return {
    ok: true,
    details: {
      legacySystems: {
        [client.caller.system]: { reachable: await client.reachable(), breaker: client.caller.breakerState() },
      },
    },
  };
}
