import { AuditEntry } from './entry';
import { AuditSender } from './recorder';

const RECORD = /* GraphQL */ `
  mutation RecordAuditEntries($entries: [AuditEntryInput!]!) {
    recordAuditEntries(entries: $entries)
  }
`;

/**
 * Sends batches to the audit subgraph's service-to-service mutation (never through the gateway).
 * `sign` adds the headers that prove the call comes from a hub service acting as SYSTEM.
 */
export function httpAuditSender(
  url: string,
  sign: (body: string) => Record<string, string> = () => ({}),
  timeoutMs = 5000,
): AuditSender {
  return async (entries: AuditEntry[]) => {
    const body = JSON.stringify({ query: RECORD, variables: { entries } });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sign(body) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] };
    if (!response.ok || answer.errors?.length) {
      throw new Error(`audit service refused the batch: ${answer.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    }
  };
}
