import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * What one operation may ask of the graph, checked before any subgraph is called (graphql-armor):
 * refused with GRAPHQL_VALIDATION_FAILED or BAD_USER_INPUT and a message naming the limit.
 *
 * Set from the graph's real operations: the deepest legitimate one is 5 levels (the README's
 * person overview: person → cases → nodes → item → department; PersonOverview in
 * clients/operations is 4), so 10 leaves room for fragments and new screens while a recursive
 * abuse (department → windows → department → … 20 deep) is refused. No client operation uses
 * more than a handful of aliases or directives, or more than 60 tokens.
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 10,
  maxTokens: 1_000,
  /** graphql-armor's cost model: 2 per object, 1 per scalar, times 1.5 per level. */
  maxCost: 5_000,
} as const;

/**
 * The Apollo Server options that enforce the limits, and hide "Did you mean …?" field suggestions
 * in production, where they would map the schema for someone who may not introspect it. The token
 * limit is graphql-js's own parser option: the parser stops counting there, and Apollo answers 400
 * (graphql-armor's token plugin throws from a hook, which Apollo answers with 500).
 */
export function operationLimits(production: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens } };
}
