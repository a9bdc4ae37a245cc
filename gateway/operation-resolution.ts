import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses, with 400 `OPERATION_RESOLUTION_FAILURE`, a request whose `operationName` picks no
 * operation of its document (a name it does not hold, or none given for a document with several).
 * Apollo Server hands such a request on to the gateway's executor, whose query planner throws
 * `INVALID_GRAPHQL`, answered as a 500 — a client's mistake reported as the hub's. GraphiQL makes
 * it routinely: after a tab switch it can send the previous tab's operation name
 * (graphql/graphiql#2311). The messages are graphql-js's own for the same cases.
 */
export function operationResolution(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}
