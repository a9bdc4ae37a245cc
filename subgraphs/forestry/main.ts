import 'reflect-metadata';
import { z } from 'zod';
import { loadCallSettings } from '../../adapters/kit';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
import { startForestry } from './index';

const config = loadConfig(
  z.object({
    PORT: port(4003),
    HOST: z.string().default('127.0.0.1'),
    FORESTRY_HARVEST_URL: z.url().default('http://127.0.0.1:4101/lmcf/xkz'),
    FORESTRY_TRANSPORT_URL: z.url().default('http://127.0.0.1:4102'),
    FORESTRY_LAND_USE_URL: z.url().default('http://127.0.0.1:4103'),
  }),
);
const logger = createLogger('forestry');

runService('forestry', logger, () =>
  startForestry({
    port: config.PORT,
    host: config.HOST,
    logger,
    harvest: { url: config.FORESTRY_HARVEST_URL, ...loadCallSettings('FORESTRY_HARVEST') },
    transport: { url: config.FORESTRY_TRANSPORT_URL, ...loadCallSettings('FORESTRY_TRANSPORT') },
    landUse: { url: config.FORESTRY_LAND_USE_URL, ...loadCallSettings('FORESTRY_LAND_USE') },
  }),
);
