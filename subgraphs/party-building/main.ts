import 'reflect-metadata';
import { z } from 'zod';
import { loadCallSettings } from '../../adapters/kit';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS } from '../../adapters/party-building/mock';
import { loadConfig, port } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { runService } from '../../lib/run-service';
import { startPartyBuilding } from './index';

const config = loadConfig(
  z.object({
    PORT: port(4006),
    HOST: z.string().default('127.0.0.1'),
    PARTY_BUILDING_URL: z.url().default('http://127.0.0.1:4106'),
    // the defaults are the double's account; a real system's comes from the environment
    PARTY_BUILDING_USERNAME: z.string().min(1).default(PARTY_BUILDING_DOUBLE_CREDENTIALS.username),
    PARTY_BUILDING_PASSWORD: z.string().min(1).default(PARTY_BUILDING_DOUBLE_CREDENTIALS.password),
    PARTY_BUILDING_PAGE_SIZE: z.coerce.number().int().min(1).max(50).default(50),
  }),
);
const logger = createLogger('party-building');

runService('party-building', logger, () =>
  startPartyBuilding({
    port: config.PORT,
    host: config.HOST,
    logger,
    partyBuilding: {
      url: config.PARTY_BUILDING_URL,
      username: config.PARTY_BUILDING_USERNAME,
      password: config.PARTY_BUILDING_PASSWORD,
      pageSize: config.PARTY_BUILDING_PAGE_SIZE,
      ...loadCallSettings('PARTY_BUILDING'),
    },
  }),
);
