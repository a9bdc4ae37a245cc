import pino from 'pino';
import { maskIdNumbers } from './identity';
import { currentRequestId } from './request-context';

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

/**
 * A service's JSON logger. Every line written while a request is served carries its `requestId`,
 * so one id finds the gateway's, the subgraph's and the adapter's lines of one request. Tests pass
 * a `destination` stream to read the lines.
 */
export function createLogger(service: string, options: pino.LoggerOptions = {}, destination?: pino.DestinationStream) {
  const settings: pino.LoggerOptions = {
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    ...options,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map(maskDeep) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(settings, destination) : pino(settings);
}

export type Logger = pino.Logger;
