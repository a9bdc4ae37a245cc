import { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

export interface ResponseCacheOptions {
  /** Memory the kept answers may take, in MiB (the JSON text's length counted). */
  maxSizeMiB: number;
}

/**
 * Whole answers kept in this gateway process, Apollo's response cache: a query whose every
 * subgraph call came back `Cache-Control: max-age=N, public` (only the catalogue says so, see
 * lib/cache-hints.ts) is answered again for N seconds without planning, calling or shaping
 * anything. Answers with errors are never kept, nor is anything a subgraph without hints (every
 * one holding personal data) took part in: its `no-store` makes the whole answer uncacheable.
 * Any mutation through this gateway empties the cache once done, so this gateway reads its own
 * writes; another replica may serve an answer up to N seconds old.
 *
 * Why: with the subgraph calls answered from memory (the reference cache, or canned answers in
 * `npm run bench`), a catalogue search through our gateway still cost its planning, execution and
 * result shaping — more than stock @apollo/gateway's whole request costs for `{ __typename }`.
 * Switch: GATEWAY_RESPONSE_CACHE_MIB (0 turns it off).
 */
export function responseCache({ maxSizeMiB }: ResponseCacheOptions): ApolloServerPlugin[] {
  const answers = new InMemoryLRUCache<string>({ maxSize: maxSizeMiB * 2 ** 20 });
  const emptiedAfterMutations: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation && operation.operation !== 'query') answers.clear();
        },
      };
    },
  };
  return [responseCachePlugin({ cache: answers }), emptiedAfterMutations];
}
