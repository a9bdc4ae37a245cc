import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes whose messages are written for the client (an input to correct, a rule that refused, a
 * record that is not there): they pass as they are. Any other error — a legacy system's, a hub
 * service's, an unexpected one — may carry internals (hosts, SQL, a legacy system's own words),
 * so outside development its message becomes a fixed one for its code.
 */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'ITEM_RETIRED',
  'NOT_AUTHORISED_AT_WINDOW',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
]);

const MASKED_MESSAGES: Record<string, (system: string) => string> = {
  LEGACY_UNAVAILABLE: (system) => `${system} is unavailable`,
  LEGACY_TIMEOUT: (system) => `${system} did not answer in time`,
  LEGACY_REJECTED: (system) => `${system} refused the request`,
  LEGACY_BAD_RESPONSE: (system) => `${system} answered something the hub cannot read`,
  UPSTREAM_UNAVAILABLE: () => 'A service of the hub is unavailable',
};

/** What a client may rely on in a masked error: the code, the legacy system, the input field, the subgraph. */
const KEPT_EXTENSIONS = ['code', 'system', 'field', 'serviceName'] as const;

/**
 * Apollo Server's `formatError` for the gateway: no stack traces (Apollo drops them outside
 * development too), and masked messages outside development, keeping what a client acts on.
 */
export function maskErrors(development: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (development) return formatted;
    // a subgraph that answered the gateway's call with an HTTP error (a 401 for a bad signature, a
    // 500): the gateway's own failure, however the subgraph worded it, and its URL stays inside
    const failedCall = formatted.extensions?.response !== undefined;
    const given = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const code = !given || failedCall ? 'INTERNAL_SERVER_ERROR' : given;
    if (CLIENT_CODES.has(code)) return formatted;
    const extensions = Object.fromEntries(
      KEPT_EXTENSIONS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [
        key,
        formatted.extensions![key],
      ]),
    );
    const system = typeof extensions.system === 'string' ? extensions.system : 'a department system';
    return {
      message: MASKED_MESSAGES[code]?.(system) ?? 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...extensions, code },
    };
  };
}
