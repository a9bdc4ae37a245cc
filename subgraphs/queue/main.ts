import 'reflect-metadata';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { auditRecorder } from '../../lib/audit';
import { runService } from '../../lib/run-service';
import { queueSettings } from './config';
import { startQueue } from './index';
import { parseTerminals } from './terminal/terminals';

runService('queue', queueSettings, (config, logger) =>
  startQueue({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    audit: auditRecorder('queue', config, logger),
    databaseUrl: config.DATABASE_URL,
    catalogueUrl: config.CATALOGUE_URL,
    catalogueSecret: config.SUBGRAPH_CATALOGUE_SECRET,
    terminals: parseTerminals(config.QUEUE_TERMINALS),
    logger,
  }),
);
