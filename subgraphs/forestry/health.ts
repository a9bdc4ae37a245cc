import { legacyHealthReport, legacySystemHealth, REACHABILITY_TIMEOUT_MS } from '../../adapters/kit';
import { HealthReport } from '../../lib/health';
import { ForestryClients } from './context';

/**
 * Ready while all three forestry systems answer and no breaker is open; otherwise 503 naming
 * each system that is down. The subgraph still serves meanwhile, with null and an error at that
 * system's fields only.
 */
export function forestryHealth(clients: ForestryClients): Promise<HealthReport> {
  return legacyHealthReport(
    Object.values(clients).map((client) => ({
      health: () => legacySystemHealth(client.caller, () => client.reachable(REACHABILITY_TIMEOUT_MS)),
    })),
  );
}
