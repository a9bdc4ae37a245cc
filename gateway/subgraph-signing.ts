import { encodeIdentity, signRequest, SIGNED_HEADERS } from '../lib/auth/signed-request';
import { Fetcher } from './keepAliveFetcher';

/**
 * The last step before a subgraph call leaves the gateway: the HMAC signature over the exact body,
 * the identity and the request id that `SubgraphDataSource.willSendRequest` put in the headers,
 * with that subgraph's own secret (lib/auth/signed-request.ts). It wraps the subgraph's whole
 * client, reference cache included: a call the cache answers is signed for nothing (one HMAC),
 * which costs less than a second cache key — the cache keys on URL, identity and body, never on
 * the signature's timestamp and nonce, so it still hits.
 */
export function signingFetcher(inner: Fetcher, secret: string): Fetcher {
  return (url, init) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const body = typeof init?.body === 'string' ? init.body : '';
    // signed as written: decoding the header only to encode it again cost 1.5 % of the gateway's CPU
    const encodedIdentity = headers[SIGNED_HEADERS.identity] ?? encodeIdentity(null);
    const signed = signRequest({ secret, body, encodedIdentity, requestId: headers[SIGNED_HEADERS.requestId] });
    return inner(url, { ...init, headers: { ...headers, ...signed } });
  };
}
