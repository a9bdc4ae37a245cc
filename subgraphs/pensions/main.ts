import 'reflect-metadata';
import { z } from 'zod';
import { pensionsClientConfig } from '../../adapters/pensions';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
import { startPensions } from './index';

const config = loadConfig(z.object({ PORT: port(4005), HOST: z.string().default('127.0.0.1') }));
const logger = createLogger('pensions');

runService('pensions', logger, () =>
  startPensions({ port: config.PORT, host: config.HOST, logger, client: pensionsClientConfig() }),
);
