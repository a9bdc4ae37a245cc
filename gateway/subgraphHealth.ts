/** Asks each subgraph's `/health`; the gateway is healthy only when every subgraph answers 200. */
export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 2000) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const healthUrl = new URL('/health', url);
      try {
        const response = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : `status ${response.status}`] as const;
      } catch (error) {
        return [name, (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable'] as const;
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  return { ok: entries.every(([, state]) => state === 'ok'), subgraphs };
}
