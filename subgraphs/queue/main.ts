import 'reflect-metadata';
import { runService } from '../../lib/run-service';
import { queueSettings } from './config';
import { startQueue } from './index';
import { parseTerminalCredentials } from './terminal/terminal-credentials';

runService('queue', queueSettings, (config, logger) =>
  startQueue({
    port: config.PORT,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    catalogueUrl: config.CATALOGUE_URL,
    terminals: parseTerminalCredentials(config.QUEUE_TERMINALS),
    logger,
  }),
);
