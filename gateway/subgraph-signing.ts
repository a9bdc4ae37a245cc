import { decodeIdentity, signRequest, SIGNED_HEADERS } from '../lib/auth/signed-request';
import { Fetcher } from './keepAliveFetcher';

/**
 * The last step before a subgraph call leaves the gateway: the HMAC signature over the exact body,
 * the identity and the request id that `SubgraphDataSource.willSendRequest` put in the headers,
 * with that subgraph's own secret (lib/auth/signed-request.ts). Innermost in the fetcher chain,
 * so a call answered from the reference cache is never signed, and every one sent is, once.
 */
export function signingFetcher(inner: Fetcher, secret: string): Fetcher {
  return (url, init) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const body = typeof init?.body === 'string' ? init.body : '';
    const identity = decodeIdentity(headers[SIGNED_HEADERS.identity] ?? 'anonymous');
    const signed = signRequest({ secret, body, identity, requestId: headers[SIGNED_HEADERS.requestId] });
    return inner(url, { ...init, headers: { ...headers, ...signed } });
  };
}
