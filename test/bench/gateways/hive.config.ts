/**
 * Hive Gateway for the benchmark: the same supergraph file as the other gateways (passed on the
 * command line), its defaults otherwise, with request de-duplication off both ways — incoming
 * (identical concurrent operations) and outgoing (identical in-flight subgraph requests, on by
 * default in its HTTP transport) — so every request does its own work, as in the other gateways.
 * (Typed loosely on purpose: the package's types pull the DOM lib into the whole compilation.)
 */
export const gatewayConfig = {
  inboundInflightRequestDeduplication: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  logging: 'warn',
};
