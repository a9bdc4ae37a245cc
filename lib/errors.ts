import { GraphQLError } from 'graphql';

/**
 * The error codes the graph promises its clients, in `extensions.code`. Apollo's own codes
 * (GRAPHQL_VALIDATION_FAILED, INTERNAL_SERVER_ERROR…) keep their meaning; these are ours.
 */
export type HubErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'ITEM_RETIRED'
  | 'NOT_AUTHORISED_AT_WINDOW'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UNAUTHENTICATED';

export function hubError(code: HubErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** An input error that names the offending field, so a form can point at it. */
export function badUserInput(field: string, message: string, extensions: Record<string, unknown> = {}) {
  return hubError('BAD_USER_INPUT', message, { field, ...extensions });
}

export function notFound(what: string, key: string) {
  return hubError('NOT_FOUND', `${what} ${key} does not exist`, { what, key });
}
