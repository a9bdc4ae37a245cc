import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { dataDir } from '../../lib/paths';
import { startCatalogue } from './index';

const config = loadConfig(
  z.object({
    PORT: port(4001),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).default(join(dataDir(), 'catalogue.sqlite')),
    CATALOGUE_SEED: z.enum(['true', 'false']).default('true'),
  }),
);
const logger = createLogger('catalogue');

startCatalogue({ port: config.PORT, host: config.HOST, databaseUrl: config.DATABASE_URL, logger, seed: config.CATALOGUE_SEED === 'true' })
  .then((server) => {
    const stop = async () => {
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error) => {
    logger.fatal({ err: error }, 'catalogue failed to start');
    process.exit(1);
  });
