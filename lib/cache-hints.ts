import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

/**
 * What a subgraph of public reference data declares: its answers to queries may be reused by
 * anyone for `maxAgeSeconds` (`Cache-Control: max-age=N, public`, Apollo's cache hints with this
 * default for every field). The gateway reads the header of every subgraph a query touched and
 * keeps the whole answer only when all of them allowed it (gateway/responseCache.ts); a subgraph
 * without hints answers `no-store`, so any query touching it is never kept. Mutations are never
 * cacheable, whatever the fields' hints say.
 */
export function publicCacheHints(maxAgeSeconds: number): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, overallCachePolicy }) {
            if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
          },
        };
      },
    },
  ];
}
