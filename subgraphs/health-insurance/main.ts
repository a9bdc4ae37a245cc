import 'reflect-metadata';
import { z } from 'zod';
import { healthInsuranceClientConfig } from '../../adapters/health-insurance';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
import { startHealthInsurance } from './index';

const config = loadConfig(z.object({ PORT: port(4004), HOST: z.string().default('127.0.0.1') }));
const logger = createLogger('health-insurance');

runService('health-insurance', logger, () =>
  startHealthInsurance({ port: config.PORT, host: config.HOST, logger, client: healthInsuranceClientConfig() }),
);
