import 'reflect-metadata';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
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

runService('catalogue', logger, () =>
  startCatalogue({
    port: config.PORT,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    logger,
    seed: config.CATALOGUE_SEED === 'true',
  }),
);
