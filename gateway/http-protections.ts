/**
 * How the gateway's HTTP endpoint protects itself, as Apollo Server options:
 * - CSRF prevention (Apollo's): a POST must be `application/json` (or carry a preflighted header
 *   such as `apollo-require-preflight`), so a cross-site form post or simple request never runs
 *   an operation — the browser would have had to ask first, and CORS would say no;
 * - no batched requests: one operation per HTTP request, so the limits per operation hold per
 *   request and one POST cannot carry a thousand;
 * - introspection off in production: the schema is published (schema/api.graphql), not served.
 */
export function httpProtections(production: boolean) {
  return { csrfPrevention: true, allowBatchedHttpRequests: false, introspection: !production } as const;
}
