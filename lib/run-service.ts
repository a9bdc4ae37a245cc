import { z } from 'zod';
import { loadConfig } from './config';
import { createLogger, Logger } from './logger';
import { RunningServer } from './server';
import { startTracing } from './tracing';

/**
 * What every service's `main.ts` does: validate its settings from the environment (refusing to
 * start, naming every bad variable), start tracing when an OTLP endpoint is configured, start,
 * stop cleanly on SIGTERM (the orchestrator) or SIGINT (Ctrl-C), and exit non-zero with the
 * reason if it cannot start.
 */
export function runService<S extends z.ZodObject>(
  name: string,
  settings: S,
  start: (config: z.infer<S>, logger: Logger) => Promise<RunningServer>,
): void {
  const logger = createLogger(name);
  let config: z.infer<S>;
  try {
    config = loadConfig(settings);
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  const stopTracing = startTracing(
    name,
    (config as { OTEL_EXPORTER_OTLP_ENDPOINT?: string }).OTEL_EXPORTER_OTLP_ENDPOINT,
  );
  start(config, logger).then(
    (server) => {
      const stop = () =>
        server
          .stop()
          .then(() => stopTracing?.())
          .then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (error: Error) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    },
  );
}
