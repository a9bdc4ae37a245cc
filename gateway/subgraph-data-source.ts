import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Identity } from '../lib/auth/identity';
import { encodeIdentity, SIGNED_HEADERS } from '../lib/auth/signed-request';
import { REQUEST_ID_HEADER } from '../lib/request-context';
import { injectTraceContext } from '../lib/tracing';
import { Fetcher } from './keepAliveFetcher';
import { signingFetcher } from './subgraph-signing';

/** What the gateway knows of each client request. */
export interface GatewayContext {
  /** The verified identity (gateway/authentication.ts). */
  identity: Identity | null;
  /** The client request's id (lib/request-context.ts); a subgraph call without one gets its own. */
  requestId?: string;
}

export interface SubgraphDataSourceOptions {
  url: string;
  /** The HTTP client (gateway/subgraphClients.ts); Apollo's default when omitted. */
  fetcher?: Fetcher;
  /** This subgraph's signing secret. */
  secret: string;
}

/**
 * How the gateway calls a subgraph: the caller's identity, the client's request id and the trace
 * context go along, signed with the subgraph's secret (gateway/subgraph-signing.ts), so the
 * subgraph trusts who is asking, and its log lines and spans belong to the request that caused them.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor({ secret, ...options }: SubgraphDataSourceOptions) {
    super(options);
    this.fetcher = signingFetcher(this.fetcher, secret);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Apollo's own requests (health checks) have no client context: they go as anonymous
    headers.set(SIGNED_HEADERS.identity, encodeIdentity(context?.identity ?? null));
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    injectTraceContext(headers);
  }
}
