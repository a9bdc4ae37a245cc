import { MikroORM } from '@mikro-orm/core';
import { Logger } from '../../../lib/logger';
import { ProvincialCataloguePort, syncCatalogueToProvince } from './catalogue-sync';

/**
 * Runs the catalogue sync at start and then every `intervalMs`, one run at a time. A failed run
 * (platform down, signature refused) is logged and left to the next: nothing is marked pushed
 * that the platform did not acknowledge. Returns the function that stops it.
 */
export function scheduleCatalogueSync(
  orm: MikroORM,
  province: ProvincialCataloguePort,
  { intervalMs, logger, clock }: { intervalMs: number; logger: Logger; clock: () => Date },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await syncCatalogueToProvince(orm.em.fork(), province, clock());
      logger.info(
        { checked: report.checked, pushed: report.pushed.length },
        'catalogue pushed to the provincial platform',
      );
    } catch (error) {
      logger.warn({ err: error }, 'catalogue push to the provincial platform failed; retrying next run');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
