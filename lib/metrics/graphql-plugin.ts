import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from './registry';

const requests = new Counter({
  name: 'hub_graphql_requests_total',
  help: 'GraphQL requests served, by service, operation name and operation type.',
  labelNames: ['service', 'operation', 'type'] as const,
  registers: [metricsRegistry],
});

const errors = new Counter({
  name: 'hub_graphql_errors_total',
  help: 'Errors in GraphQL responses, by service, operation name and error code.',
  labelNames: ['service', 'operation', 'code'] as const,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'hub_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL request to sending its response, by service and operation name.',
  labelNames: ['service', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/**
 * Request rate, latency and errors per operation, for the gateway and every subgraph. Operations
 * are named by their operation name (clients should name them); an unnamed one counts as
 * `anonymous`, one that never parsed as `invalid`.
 */
export function graphqlMetricsPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const name = operation ? (operationName ?? 'anonymous') : 'invalid';
          stopTimer({ service, operation: name });
          requests.inc({ service, operation: name, type: operation?.operation ?? 'unknown' });
          const sent = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of sent) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            errors.inc({ service, operation: name, code });
          }
        },
      };
    },
  };
}
