import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { Logger } from '../../lib/logger';
import { observeOutbox } from '../../lib/metrics/outbox';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { CatalogueClient } from './catalogue/catalogue-client';
import { HttpCatalogueClient } from './catalogue/http-catalogue-client';
import { createCasesContext } from './context';
import { DepartmentClient, HttpDepartmentClient } from './dispatch/department-client';
import { DEFAULT_DISPATCHER_SETTINGS, Dispatcher, DispatcherSettings } from './dispatch/dispatcher';
import { outboxSnapshot } from './dispatch/outbox';
import { CASES_ENTITIES } from './entities';
import { CASES_MIGRATIONS } from './migrations';
import { buildCasesSchema } from './schema';

export interface CasesOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** Where the catalogue subgraph answers (service to service), unless `catalogue` is given. */
  catalogueUrl?: string;
  /** A ready catalogue client (tests pass an in-memory one). */
  catalogue?: CatalogueClient;
  logger: Logger;
  /** The current instant; tests pin it. */
  clock?: () => Date;
  /** Each department subgraph's GraphQL endpoint by name (service to service), unless `departments` is given. */
  departmentUrls?: Record<string, string>;
  /** A ready client of the department subgraphs. */
  departments?: DepartmentClient;
  dispatch?: {
    /** Defaults: DEFAULT_DISPATCHER_SETTINGS. */
    settings?: Partial<DispatcherSettings>;
    /** Run rounds in the background (default true); false leaves rounds to `dispatcher.runOnce()`. */
    background?: boolean;
    /** One call to a department subgraph (default 10 s). */
    timeoutMs?: number;
  };
}

/** The cases subgraph as it runs, with its dispatcher (tests run a round with `dispatcher.runOnce()`). */
export interface RunningCases extends RunningServer {
  dispatcher: Dispatcher;
}

/**
 * Opens the cases database (running its migrations), serves the cases subgraph and starts the
 * back-office dispatcher; `stop()` stops the dispatcher (waiting for its round), then the server
 * and the database.
 */
export async function startCases(options: CasesOptions): Promise<RunningCases> {
  const catalogue =
    options.catalogue ?? (options.catalogueUrl ? new HttpCatalogueClient({ url: options.catalogueUrl }) : undefined);
  if (!catalogue) throw new Error('startCases needs catalogueUrl or catalogue');
  const clock = options.clock ?? (() => new Date());
  const { dispatch = {} } = options;
  const departments =
    options.departments ??
    new HttpDepartmentClient({ urls: options.departmentUrls ?? {}, timeoutMs: dispatch.timeoutMs ?? 10_000 });
  const orm = await openDatabase({ url: options.databaseUrl, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
  const settings = { ...DEFAULT_DISPATCHER_SETTINGS, ...dispatch.settings };
  const dispatcher = new Dispatcher(orm, catalogue, departments, clock, options.logger, settings);
  const unobserve = observeOutbox(() => outboxSnapshot(orm.em.fork()));
  try {
    const server = await startSubgraphServer({
      name: 'cases',
      schema: await buildCasesSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async () => createCasesContext(orm, catalogue, clock),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: async () => {
        await dispatcher.stop();
        unobserve();
        await orm.close();
      },
    });
    if (dispatch.background ?? true) dispatcher.start();
    return { ...server, dispatcher };
  } catch (error) {
    unobserve();
    await orm.close();
    throw error;
  }
}
