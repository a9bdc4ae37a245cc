import { z } from 'zod';

/**
 * Reads a service's configuration from the environment and validates it at start: a service with
 * a bad setting refuses to start and names every bad variable, rather than failing on first use.
 */
export function loadConfig<T extends z.ZodTypeAny>(shape: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = shape.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
