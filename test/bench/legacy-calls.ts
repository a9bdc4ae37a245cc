import { doubleAdmin } from '../../adapters/kit/mock/admin';
import { LegacySystemId } from '../../adapters/kit/systems';

/** Requests each legacy double received, per system and operation (from the doubles' journals). */
export type LegacyCalls = Partial<Record<LegacySystemId, { total: number; operations: Record<string, number> }>>;

export async function clearJournals(doubleUrls: Record<LegacySystemId, string>): Promise<void> {
  await Promise.all(Object.values(doubleUrls).map((url) => doubleAdmin(url).clearRequests()));
}

/** What the doubles received since their journals were last cleared; systems with no calls left out. */
export async function readJournals(doubleUrls: Record<LegacySystemId, string>): Promise<LegacyCalls> {
  const calls: LegacyCalls = {};
  for (const [system, url] of Object.entries(doubleUrls) as [LegacySystemId, string][]) {
    const requests = await doubleAdmin(url).requests();
    if (requests.length === 0) continue;
    const operations: Record<string, number> = {};
    for (const { operation } of requests) operations[operation] = (operations[operation] ?? 0) + 1;
    calls[system] = { total: requests.length, operations };
  }
  return calls;
}

/** Legacy calls per completed query, per system, rounded to two decimals. */
export function perQuery(calls: LegacyCalls, queries: number): Partial<Record<LegacySystemId, number>> {
  return Object.fromEntries(
    Object.entries(calls).map(([system, { total }]) => [system, Math.round((total / queries) * 100) / 100]),
  );
}
