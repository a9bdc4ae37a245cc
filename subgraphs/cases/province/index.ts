import { MikroORM } from '@mikro-orm/core';
import { Logger } from '../../../lib/logger';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { DEFAULT_ONLINE_INTAKE_SETTINGS, OnlineIntake, OnlineIntakeSettings } from './online-intake';
import { ProvincialCasesPort } from './provincial-port';
import {
  DEFAULT_PROVINCIAL_REPORTER_SETTINGS,
  ProvincialReporter,
  ProvincialReporterSettings,
} from './provincial-reporter';

/** How the cases service exchanges cases with the provincial platform (`startCases({ province })`). */
export interface ProvincialExchangeOptions {
  /** The platform: the adapter's client. */
  client: ProvincialCasesPort;
  reporting?: {
    /** Defaults: DEFAULT_PROVINCIAL_REPORTER_SETTINGS. */
    settings?: Partial<ProvincialReporterSettings>;
    /** Run rounds in the background (default true); false leaves rounds to `reporter.runOnce()`. */
    background?: boolean;
  };
  intake?: {
    /** Defaults: DEFAULT_ONLINE_INTAKE_SETTINGS. */
    settings?: Partial<OnlineIntakeSettings>;
    /** Poll in the background (default true); false leaves polls to `intake.runOnce()`. */
    background?: boolean;
  };
}

/** The two jobs of the exchange: reporting cases to the province, taking in its portal's applications. */
export interface ProvincialExchange {
  reporter: ProvincialReporter;
  intake: OnlineIntake;
  /** Stops both, waiting for the rounds in flight. */
  stop(): Promise<void>;
}

export function startProvincialExchange(
  orm: MikroORM,
  catalogue: CatalogueClient,
  clock: () => Date,
  logger: Logger,
  { client, reporting = {}, intake = {} }: ProvincialExchangeOptions,
): ProvincialExchange {
  const reporter = new ProvincialReporter(orm, client, clock, logger, {
    ...DEFAULT_PROVINCIAL_REPORTER_SETTINGS,
    ...reporting.settings,
  });
  const onlineIntake = new OnlineIntake(orm, client, catalogue, clock, logger, {
    ...DEFAULT_ONLINE_INTAKE_SETTINGS,
    ...intake.settings,
  });
  if (reporting.background ?? true) reporter.start();
  if (intake.background ?? true) onlineIntake.start();
  return {
    reporter,
    intake: onlineIntake,
    stop: async () => {
      await Promise.all([reporter.stop(), onlineIntake.stop()]);
    },
  };
}
