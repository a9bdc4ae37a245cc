import 'reflect-metadata';
import { subgraphTrust } from '../../lib/auth/subgraph-secrets';
import { runService } from '../../lib/run-service';
import { auditSettings } from './config';
import { startAudit } from './index';

runService('audit', auditSettings, (config, logger) =>
  startAudit({
    port: config.PORT,
    host: config.HOST,
    ...subgraphTrust(config),
    databaseUrl: config.DATABASE_URL,
    logger,
  }),
);
