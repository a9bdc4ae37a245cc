import pino from 'pino';
import { maskIdNumbers } from './identity';

/** Deep copy of a log payload with every ID number masked; personal data never reaches a log line. */
function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskIdNumbers(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskDeep(inner)]));
  }
  if (value instanceof Error) return { type: value.name, message: maskIdNumbers(value.message) };
  return value;
}

export function createLogger(service: string, options: pino.LoggerOptions = {}) {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    ...options,
    formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map(maskDeep) as Parameters<typeof method>);
      },
    },
  });
}

export type Logger = pino.Logger;
