import 'reflect-metadata';
import { runService } from '../lib/run-service';
import { sharedCache } from '../lib/shared-cache';
import {
  gatewaySettings,
  gatewayWorkers,
  leversFrom,
  subgraphSecretsFrom,
  subgraphUrlsFrom,
  tokenSettingsFrom,
} from './config';
import { startGateway } from './index';
import { persistedQueriesFrom } from './persistedQueries';
import { loadSupergraphSdl } from './supergraph';
import { runInWorkers } from './workers';

runInWorkers(gatewayWorkers(), () =>
  runService('gateway', gatewaySettings, async (config, logger) => {
    const shared = sharedCache(config.REDIS_URL, logger);
    const gateway = await startGateway({
      supergraphSdl: loadSupergraphSdl(config.SUPERGRAPH_PATH),
      subgraphUrls: subgraphUrlsFrom(config),
      subgraphSecrets: subgraphSecretsFrom(config),
      auth: tokenSettingsFrom(config),
      metricsToken: config.METRICS_TOKEN,
      persistedQueries: persistedQueriesFrom(config),
      levers: leversFrom(config),
      port: config.PORT,
      host: config.HOST,
      logger,
      cache: shared.cache,
    });
    return { ...gateway, stop: () => gateway.stop().then(shared.close) };
  }),
);
