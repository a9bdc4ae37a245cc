import { z } from 'zod';

/** What a setting is beyond its type: whether it must come from a secret store, and its unsafe default. */
export interface SettingTraits {
  /** Provided by a secret (Kubernetes Secret, a compose variable from the operator's .env), never inline. */
  secret?: boolean;
  /** A value that only works against a local double; a production process refuses to start with it. */
  developmentDefault?: string;
}

/** The traits of each setting schema that has any; the deployment test reads it too. */
export const settingTraits = z.registry<SettingTraits>();

/**
 * Reads a service's configuration from the environment and validates it at start: a service with
 * a bad setting refuses to start and names every bad variable, rather than failing on first use.
 * With NODE_ENV=production it also refuses every development default left in place.
 */
export function loadConfig<T extends z.ZodObject>(shape: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = shape.safeParse(env);
  const problems = result.success
    ? developmentDefaultsIn(shape, result.data as Record<string, unknown>, env)
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return result.data as z.infer<T>;
}

function developmentDefaultsIn(shape: z.ZodObject, values: Record<string, unknown>, env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return Object.entries(shape.shape)
    .filter(([key, schema]) => {
      const unsafe = settingTraits.get(schema as z.ZodType)?.developmentDefault;
      return unsafe !== undefined && values[key] === unsafe;
    })
    .map(([key]) => `${key}: is the local double's development default, refused with NODE_ENV=production`);
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A credential whose default is the local double's: fine in development, refused in production. */
export function credential(developmentDefault: string, { secret = false } = {}) {
  return z.string().min(1).default(developmentDefault).register(settingTraits, { secret, developmentDefault });
}

/** A setting that must come from a secret store (it may hold a password, e.g. a database URL). */
export function secret<T extends z.ZodType>(schema: T): T {
  settingTraits.add(schema, { secret: true });
  return schema;
}

/** An optional setting where an empty value means unset (a manifest that leaves it blank). */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/**
 * What every service reads besides its own settings: where it listens, how much it logs, and where
 * its traces go (none unless OTEL_EXPORTER_OTLP_ENDPOINT is set).
 */
export function serviceSettings(defaultPort: number) {
  return {
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port(defaultPort),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url()),
  };
}

/** The variables a configuration schema reads, and which of them must come from a secret store. */
export function settingNames(shape: z.ZodObject): { all: string[]; secrets: string[]; required: string[] } {
  const entries = Object.entries(shape.shape) as [string, z.ZodType][];
  return {
    all: entries.map(([key]) => key),
    secrets: entries.filter(([, schema]) => settingTraits.get(schema)?.secret).map(([key]) => key),
    required: entries.filter(([, schema]) => !schema.safeParse(undefined).success).map(([key]) => key),
  };
}
