import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { currentRequestId, REQUEST_ID_HEADER } from '../lib/request-context';
import { injectTraceContext } from '../lib/tracing';

/**
 * How the gateway calls a subgraph: the client's request id and the trace context go along, so a
 * subgraph's log lines and spans (and its adapters') belong to the request that caused them.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    const headers = request.http?.headers;
    if (!headers) return;
    const requestId = currentRequestId();
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
    injectTraceContext(headers);
  }
}
