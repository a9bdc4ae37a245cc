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
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN';

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

/**
 * The caller is known but may not see or do this. The message says what was refused, never what
 * the refused data holds; `extensions.reason` says which rule refused it.
 */
export function forbidden(message: string, reason: string, extensions: Record<string, unknown> = {}) {
  return hubError('FORBIDDEN', message, { reason, ...extensions });
}

/** The caller sent no identity, and this is not public. */
export function unauthenticated(message = 'Sign in: this is not public') {
  return hubError('UNAUTHENTICATED', message);
}
