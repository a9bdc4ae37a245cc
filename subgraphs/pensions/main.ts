import { z } from 'zod';
import { pensionsClientConfig } from '../../adapters/pensions';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { startPensions } from './index';

const config = loadConfig(z.object({ PORT: port(4005), HOST: z.string().default('127.0.0.1') }));
const logger = createLogger('pensions');

startPensions({ port: config.PORT, host: config.HOST, logger, client: pensionsClientConfig() }).then(
  (server) => {
    const stop = () => server.stop().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    logger.fatal({ err: error }, 'pensions failed to start');
    process.exit(1);
  },
);
