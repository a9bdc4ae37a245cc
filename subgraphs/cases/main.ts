import 'reflect-metadata';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
import { dataDir } from '../../lib/paths';
import { startCases } from './index';

const config = loadConfig(
  z.object({
    PORT: port(4002),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().default(join(dataDir(), 'cases.sqlite')),
    CATALOGUE_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  }),
);
const logger = createLogger('cases');

runService('cases', logger, () =>
  startCases({
    port: config.PORT,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    catalogueUrl: config.CATALOGUE_URL,
    logger,
  }),
);
