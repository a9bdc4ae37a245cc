import { z } from 'zod';
import { callerSecrets, callerSecretSettings, metricsTokenSetting } from '../lib/auth/subgraph-secrets';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, TokenSettings } from '../lib/auth/tokens';
import { loadConfig, optional, serviceSettings } from '../lib/config';
import { defaultSubgraphUrl, GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphUrlVariable } from '../lib/services';

/** The gateway's levers (test/bench/README.md's lever table), each a setting validated at start. */
const leverSettings = {
  /** Gateway processes sharing the port (workers.ts); the cores the gateway may use. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).default(1),
  /** `false`: Apollo's default HTTP client for subgraph calls, and no reference cache (subgraphClients.ts). */
  GATEWAY_KEEP_ALIVE_FETCHER: z.enum(['true', 'false']).default('true'),
  /** The longest a reference subgraph's query answer is reused, below its own max-age (referenceDataCache.ts); 0: off. */
  GATEWAY_REFERENCE_CACHE_MS: z.coerce.number().int().min(0).default(5000),
  /** Comma-separated subgraphs whose answers the reference cache keeps: public reference data only. */
  GATEWAY_REFERENCE_SUBGRAPHS: z.string().min(1).default('catalogue'),
  /** Memory for whole answers of cacheable queries, in MiB (responseCache.ts); 0 turns the cache off. */
  GATEWAY_RESPONSE_CACHE_MIB: z.coerce.number().int().min(0).default(32),
  /** `planned`: the answer's last pass works each selection set out once (resultShaping.ts); `apollo`: Apollo's own. */
  GATEWAY_RESULT_SHAPING: z.enum(['planned', 'apollo']).default('planned'),
  /** Verified bearer tokens kept until they expire (verifiedTokenCache.ts); 0 verifies every request. */
  GATEWAY_TOKEN_CACHE_SIZE: z.coerce.number().int().min(0).default(10_000),
  /** `allow` or `enforce` (the manifest as a safelist); enforce by default with NODE_ENV=production. */
  PERSISTED_QUERIES: optional(z.enum(['allow', 'enforce'])),
  /** The operation manifest; clients/generated/persisted-documents.json by default. */
  PERSISTED_QUERIES_MANIFEST: optional(z.string().min(1)),
};

/** Everything the gateway reads from the environment. */
export const gatewaySettings = z
  .object({
    ...serviceSettings(GATEWAY_DEFAULT_PORT),
    /** The checked-in supergraph by default. */
    SUPERGRAPH_PATH: optional(z.string().min(1)),
    /** Redis shared by the replicas (persisted queries); each replica caches on its own when unset. */
    REDIS_URL: optional(z.url()),
    ...leverSettings,
    // where each subgraph answers: SUBGRAPH_CATALOGUE_URL, SUBGRAPH_CASES_URL, …
    ...(Object.fromEntries(
      SUBGRAPHS.map((subgraph) => [subgraphUrlVariable(subgraph.name), z.url().default(defaultSubgraphUrl(subgraph))]),
    ) as Record<string, z.ZodDefault<z.ZodURL>>),
    /** SUBGRAPH_CATALOGUE_SECRET, SUBGRAPH_CASES_SECRET…: what each subgraph's calls are signed with. */
    ...callerSecretSettings(SUBGRAPHS.map((subgraph) => subgraph.name)),
    /** The identity provider's key set (production): tokens are verified against its keys. */
    AUTH_JWKS_URL: optional(z.url()),
    /**
     * The development signing key (HS256; `npm start` makes one per data dir, `npm run token` signs
     * with it). Refused in production, so deliberately not one of the deployment's secrets.
     */
    AUTH_JWT_SECRET: optional(z.string().min(32, 'a JWT signing key needs at least 32 characters')),
    /** The `iss` a token must carry. */
    AUTH_ISSUER: z.string().min(1).default(DEVELOPMENT_ISSUER),
    /** The `aud` a token must carry. */
    AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
    /** The bearer token a Prometheus scrape presents at `/metrics` (required in production). */
    METRICS_TOKEN: metricsTokenSetting(),
  })
  .superRefine((settings, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!settings.AUTH_JWKS_URL && !settings.AUTH_JWT_SECRET) {
      problem('AUTH_JWKS_URL', 'tokens need AUTH_JWKS_URL (production) or AUTH_JWT_SECRET (development)');
    }
    if (settings.NODE_ENV !== 'production') return;
    if (!settings.AUTH_JWKS_URL) problem('AUTH_JWKS_URL', 'is required with NODE_ENV=production');
    if (settings.AUTH_JWT_SECRET) problem('AUTH_JWT_SECRET', 'is a development key, refused with NODE_ENV=production');
    if (settings.AUTH_ISSUER === DEVELOPMENT_ISSUER) {
      problem('AUTH_ISSUER', 'is the development issuer, refused with NODE_ENV=production');
    }
    if (!settings.METRICS_TOKEN) problem('METRICS_TOKEN', 'is required with NODE_ENV=production');
  });

export type GatewaySettings = z.infer<typeof gatewaySettings>;

/** What the levers do in one gateway process (GATEWAY_WORKERS acts before: workers.ts). */
export interface GatewayLevers {
  /** The keep-alive subgraph client (keepAliveFetcher.ts); false: Apollo's default, and no reference cache. */
  keepAliveFetcher: boolean;
  /** The longest a reference subgraph's answer is reused, below its own max-age (referenceDataCache.ts); 0: off. */
  referenceCacheMs: number;
  /** The subgraphs whose answers the reference cache keeps. */
  referenceSubgraphs: string[];
  /** Memory for whole cacheable answers, MiB (responseCache.ts); 0: off. */
  responseCacheMiB: number;
  /** Which pass shapes each answer (resultShaping.ts): ours, or Apollo Gateway's own. */
  resultShaping: 'planned' | 'apollo';
  /** Verified tokens kept (verifiedTokenCache.ts); 0: every request's token is verified. */
  tokenCacheSize: number;
}

/** The levers from validated settings. */
export function leversFrom(settings: z.infer<z.ZodObject<typeof leverSettings>>): GatewayLevers {
  return {
    keepAliveFetcher: settings.GATEWAY_KEEP_ALIVE_FETCHER === 'true',
    referenceCacheMs: settings.GATEWAY_REFERENCE_CACHE_MS,
    referenceSubgraphs: settings.GATEWAY_REFERENCE_SUBGRAPHS.split(',').map((name) => name.trim()),
    responseCacheMiB: settings.GATEWAY_RESPONSE_CACHE_MIB,
    resultShaping: settings.GATEWAY_RESULT_SHAPING,
    tokenCacheSize: settings.GATEWAY_TOKEN_CACHE_SIZE,
  };
}

/** The levers as an unconfigured gateway has them: the settings' defaults. */
export const DEFAULT_LEVERS: GatewayLevers = leversFrom(z.object(leverSettings).parse({}));

/**
 * GATEWAY_WORKERS, validated as the settings validate it, for the process that forks the workers
 * (it reads only this one: each worker validates all of them when it starts).
 */
export function gatewayWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return loadConfig(z.object({ GATEWAY_WORKERS: leverSettings.GATEWAY_WORKERS }), env).GATEWAY_WORKERS;
}

/** How tokens are verified, from validated settings: the JWKS when set, else the development key. */
export function tokenSettingsFrom(settings: GatewaySettings): TokenSettings {
  return {
    jwksUrl: settings.AUTH_JWKS_URL,
    secret: settings.AUTH_JWKS_URL ? undefined : settings.AUTH_JWT_SECRET,
    issuer: settings.AUTH_ISSUER,
    audience: settings.AUTH_AUDIENCE,
  };
}

/** Subgraph name → signing secret, from validated settings. */
export function subgraphSecretsFrom(settings: GatewaySettings): Record<string, string> {
  return callerSecrets(
    settings,
    SUBGRAPHS.map((subgraph) => subgraph.name),
  );
}

/** Subgraph name → URL, from validated settings. */
export function subgraphUrlsFrom(settings: GatewaySettings): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [
      subgraph.name,
      (settings as Record<string, unknown>)[subgraphUrlVariable(subgraph.name)] as string,
    ]),
  );
}
