import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { openDatabase } from '../../lib/database';
import { databaseReadiness } from '../../lib/health';
import { Logger } from '../../lib/logger';
import { observeOutbox } from '../../lib/metrics/outbox';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { CatalogueClient } from './catalogue/catalogue-client';
import { HttpCatalogueClient } from './catalogue/http-catalogue-client';
import { createCasesContext } from './context';
import { DepartmentClient, HttpDepartmentClient } from './dispatch/department-client';
import { DEFAULT_DISPATCHER_SETTINGS, Dispatcher, DispatcherSettings } from './dispatch/dispatcher';
import { outboxSnapshot } from './dispatch/outbox';
import { CASES_ENTITIES } from './entities';
import { CASES_MIGRATIONS } from './migrations';
import { ProvincialExchange, ProvincialExchangeOptions, startProvincialExchange } from './province';
import { buildCasesSchema } from './schema';

export interface CasesOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  /** `postgres://…`, a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** Where the catalogue subgraph answers (service to service), unless `catalogue` is given. */
  catalogueUrl?: string;
  /** A ready catalogue client (tests pass an in-memory one). */
  catalogue?: CatalogueClient;
  /** The catalogue's signing secret, for calls to `catalogueUrl`. */
  catalogueSecret?: string;
  logger: Logger;
  /** Where reads and writes of applicants' data are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** The current instant; tests pin it. */
  clock?: () => Date;
  /** Each department subgraph's GraphQL endpoint by name (service to service), unless `departments` is given. */
  departmentUrls?: Record<string, string>;
  /** A ready client of the department subgraphs. */
  departments?: DepartmentClient;
  /** Each department subgraph's signing secret by name, for calls to `departmentUrls`. */
  departmentSecrets?: Record<string, string>;
  dispatch?: {
    /** Defaults: DEFAULT_DISPATCHER_SETTINGS. */
    settings?: Partial<DispatcherSettings>;
    /** Run rounds in the background (default true); false leaves rounds to `dispatcher.runOnce()`. */
    background?: boolean;
    /** One call to a department subgraph (default 10 s). */
    timeoutMs?: number;
  };
  /** Report cases to the provincial platform and take in its portal's applications (none when omitted). */
  province?: ProvincialExchangeOptions;
}

/** The cases subgraph as it runs, with its dispatcher (tests run a round with `dispatcher.runOnce()`). */
export interface RunningCases extends RunningServer {
  dispatcher: Dispatcher;
  /** The provincial reporter and online intake, when `province` was given (tests call their `runOnce()`). */
  province?: ProvincialExchange;
}

/**
 * Opens the cases database (running its migrations), serves the cases subgraph and starts the
 * back-office dispatcher and, with `province`, the provincial exchange; `stop()` stops them
 * (waiting for their rounds), then the server and the database.
 */
export async function startCases(options: CasesOptions): Promise<RunningCases> {
  const catalogue =
    options.catalogue ??
    (options.catalogueUrl
      ? new HttpCatalogueClient({ url: options.catalogueUrl, secret: options.catalogueSecret })
      : undefined);
  if (!catalogue) throw new Error('startCases needs catalogueUrl or catalogue');
  const clock = options.clock ?? (() => new Date());
  const { dispatch = {} } = options;
  const departments =
    options.departments ??
    new HttpDepartmentClient({
      urls: options.departmentUrls ?? {},
      secrets: options.departmentSecrets,
      timeoutMs: dispatch.timeoutMs ?? 10_000,
    });
  const orm = await openDatabase({ url: options.databaseUrl, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
  const settings = { ...DEFAULT_DISPATCHER_SETTINGS, ...dispatch.settings };
  const dispatcher = new Dispatcher(orm, catalogue, departments, clock, options.logger, settings);
  const unobserve = observeOutbox(() => outboxSnapshot(orm.em.fork()));
  const audit = startAuditRecorder('cases', options.audit, options.logger);
  let province: ProvincialExchange | undefined;
  try {
    const server = await startSubgraphServer({
      name: 'cases',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildCasesSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req, res }) => createCasesContext(orm, catalogue, clock, requestAccess(audit, req, res)),
      ready: () => databaseReadiness(() => orm.isConnected()),
      onStop: async () => {
        await Promise.all([dispatcher.stop(), province?.stop()]);
        unobserve();
        await audit.stop();
        await orm.close();
      },
    });
    if (dispatch.background ?? true) dispatcher.start();
    if (options.province) province = startProvincialExchange(orm, catalogue, clock, options.logger, options.province);
    return { ...server, dispatcher, province };
  } catch (error) {
    unobserve();
    await audit.stop();
    await orm.close();
    throw error;
  }
}
