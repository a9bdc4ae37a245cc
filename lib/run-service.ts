import { Logger } from './logger';
import { RunningServer } from './server';

/**
 * What every service's `main.ts` does once configured: start, stop cleanly on SIGTERM (the
 * orchestrator) or SIGINT (Ctrl-C), and exit non-zero with the reason if it cannot start.
 */
export function runService(name: string, logger: Logger, start: () => Promise<RunningServer>): void {
  start().then(
    (server) => {
      const stop = () => server.stop().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (error: Error) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    },
  );
}
