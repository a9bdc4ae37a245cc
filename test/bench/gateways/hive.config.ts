import { Identity } from '../../../lib/auth/identity';
import { signRequest } from '../../../lib/auth/signed-request';
import { benchIdentity, benchSubgraphSecret } from './bench-identity';

type HiveContext = { request?: Request; identity?: Identity | null };

/**
 * What the hub's subgraphs require of any caller (bench-identity.ts), as a Hive Gateway plugin:
 * the bearer token verified once per request into the context, and every subgraph call signed
 * for that identity, as our gateway and the stock one do.
 */
function hubTrust() {
  const identityOf = benchIdentity();
  const secret = benchSubgraphSecret();
  return {
    async onContextBuilding({
      context,
      extendContext,
    }: {
      context: HiveContext;
      extendContext(extension: Partial<HiveContext>): void;
    }) {
      extendContext({ identity: await identityOf(context.request?.headers.get('authorization')) });
    },
    onFetch({
      options,
      setOptions,
      context,
    }: {
      options: { body?: unknown; headers?: Record<string, string> };
      setOptions(options: object): void;
      context: HiveContext;
    }) {
      const body = typeof options.body === 'string' ? options.body : '';
      const signed = signRequest({ secret, body, identity: context.identity ?? null });
      setOptions({ ...options, headers: { ...options.headers, ...signed } });
    },
  };
}

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
  plugins: () => [hubTrust()],
};
