import { z } from 'zod';
import { healthInsuranceClientConfig } from '../../adapters/health-insurance';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { startHealthInsurance } from './index';

const config = loadConfig(z.object({ PORT: port(4004), HOST: z.string().default('127.0.0.1') }));
const logger = createLogger('health-insurance');

startHealthInsurance({ port: config.PORT, host: config.HOST, logger, client: healthInsuranceClientConfig() }).then(
  (server) => {
    const stop = () => server.stop().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    logger.fatal({ err: error }, 'health-insurance failed to start');
    process.exit(1);
  },
);
