import { HealthReport } from '../../lib/server';
import { ForestryClients } from './context';

/**
 * Each forestry system's reachability and breaker state. The subgraph itself stays healthy when a
 * system is down: it still answers, with null and an error at that system's fields only.
 */
export async function forestryHealth(clients: ForestryClients): Promise<HealthReport> {
  const systems = await Promise.all(
    Object.values(clients).map(
      async (client) =>
        [client.caller.system, { reachable: await client.reachable(), breaker: client.caller.breakerState() }] as const,
    ),
  );
  return { ok: true, details: { legacySystems: Object.fromEntries(systems) } };
}
