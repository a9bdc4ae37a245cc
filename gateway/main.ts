import 'reflect-metadata';
import { z } from 'zod';
import { loadConfig, port } from '../lib/config';
import { createLogger } from '../lib/logger';
import { runService } from '../lib/run-service';
import { GATEWAY_DEFAULT_PORT, subgraphUrls } from '../lib/services';
import { startGateway } from './index';
import { loadSupergraphSdl } from './supergraph';

const config = loadConfig(
  z.object({
    PORT: port(GATEWAY_DEFAULT_PORT),
    HOST: z.string().default('127.0.0.1'),
    SUPERGRAPH_PATH: z.string().optional(),
  }),
);
const logger = createLogger('gateway');

runService('gateway', logger, () =>
  startGateway({
    supergraphSdl: loadSupergraphSdl(config.SUPERGRAPH_PATH),
    subgraphUrls: subgraphUrls(),
    port: config.PORT,
    host: config.HOST,
    logger,
  }),
);
