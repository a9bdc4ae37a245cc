import { MikroORM } from '@mikro-orm/core';
import { join } from 'node:path';
import { Client } from 'pg';
import { ormOptions, openDatabase } from '../../lib/database';
import { ServiceProcess, startProcess, stopAll, waitUntilHealthy } from '../../scripts/processes';
import { CatalogueClient } from '../../subgraphs/cases/catalogue/catalogue-client';
import { CASES_ENTITIES } from '../../subgraphs/cases/entities';
import { CASES_MIGRATIONS } from '../../subgraphs/cases/migrations';
import { countCases, encodeCursor, listCases } from '../../subgraphs/cases/services/case-queries';
import { CaseFilter } from '../../subgraphs/cases/inputs/case-filter.input';
import { departmentStats } from '../../subgraphs/cases/services/supervision';
import { CaseStatus } from '../../subgraphs/cases/workflow';
import { Identity } from '../../lib/auth/identity';
import { secretOrTestDefault } from '../../lib/auth/subgraph-secrets';
import { RESIDENTS } from '../../adapters/kit/population';
import { createTestDatabase } from '../support/database';
import { postGraphQL } from '../support/graphql';
import { asCitizen, SUPERVISOR } from '../support/identities';
import { LoadOptions, Measurement, replay, summarise } from './load';
import { freePort } from './ports';
import { BulkItem, bulkCaseNumber, insertBulkCases } from './scale-data';
import { harvestApplication, SUBMIT_APPLICATION } from './seed-cases';
import { QUIET } from './stack';

/**
 * `page` and `filter` select `totalCount`, which sums the maintained case counts of their filters
 * (everything; a department's ACCEPTED cases) instead of counting the matches; the `…WithoutTotal`
 * twins ask what a list screen paging by cursor needs, so the pairs show what the total costs.
 */
export type ScaleOperation =
  'page' | 'pageWithoutTotal' | 'filter' | 'filterWithoutTotal' | 'statistics' | 'submission';

export interface ScaleStep {
  cases: number;
  /** Seconds the bulk INSERT … SELECT, the departments and ANALYZE took. */
  seedSeconds: number;
  /** Under load, plus `aloneMs`: the median of three requests sent one at a time (no queueing). */
  results: Record<ScaleOperation, Measurement & { aloneMs: number }>;
  /** EXPLAIN ANALYZE of every SQL statement the operation's real code ran, keyed by operation. */
  plans: Partial<Record<ScaleOperation, string[]>>;
}

const NODES = 'nodes { caseNumber status itemName applicantName dueDate }';
const page = (total: string) => `query Page($after: String) {
  cases(first: 50, after: $after) { ${total} pageInfo { endCursor } ${NODES} }
}`;
const filter = (total: string) => `query Filter($departmentCode: String!) {
  cases(first: 50, filter: { departmentCode: $departmentCode, status: ACCEPTED }) { ${total} ${NODES} }
}`;
const STATISTICS = `query Statistics($asOf: Date!) {
  departmentStats(asOf: $asOf) { department { code } received onTime overdue inProgress rejected }
}`;
const AS_OF = '2022-06-01';

/** The catalogue's current items, as bulk cases copy them. */
async function catalogueItems(catalogueUrl: string): Promise<BulkItem[]> {
  const answer = await postGraphQL(
    catalogueUrl,
    `{ serviceItems(first: 100) { nodes { code version name handlingMode promisedTimeLimit department { code } } } }`,
  );
  return answer.data.serviceItems.nodes.map((item: any) => ({ ...item, departmentCode: item.department.code }));
}

/** A request of the scale section, and who sends it (the subgraph answers signed requests only). */
interface ScaleRequest {
  query: string;
  variables: object;
  identity: Identity;
}

/** Median latency of three requests sent one after another; `[<id>]` in the body made unique. */
async function aloneLatency(url: string, { query, variables, identity }: ScaleRequest, label: string): Promise<number> {
  const latencies: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const unique = JSON.parse(JSON.stringify(variables).replace('[<id>]', `alone-${label}-${attempt}`));
    const started = performance.now();
    const answer = await postGraphQL(url, query, unique, { identity });
    latencies.push(performance.now() - started);
    if (answer.errors?.length) throw new Error(`scale ${label} failed: ${answer.errors[0].message}`);
  }
  return Math.round(latencies.sort((a, b) => a - b)[1] * 10) / 10;
}

/** What the page and filter queries ask of the service: a page, and its total when they select totalCount. */
async function pageOf(orm: MikroORM, withTotal: boolean, filter: CaseFilter | undefined, after?: string) {
  const em = orm.em.fork();
  const connection = await listCases(em, filter, 50, after);
  if (withTotal) await countCases(em, connection.filter);
}

/**
 * Runs `work` against the cases database with MikroORM logging every query with its parameters
 * inlined, then EXPLAIN ANALYZEs each statement: the plans of the code that really runs.
 */
async function plansOf(databaseUrl: string, work: (orm: MikroORM) => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const orm = await MikroORM.init({
    ...ormOptions({ url: databaseUrl, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS }),
    debug: ['query', 'query-params'],
    colors: false,
    logger: (message: string) => {
      // MikroORM colours its log even with `colors: false` on PostgreSQL
      const plain = message.replace(/\u001b\[\d+m/g, '');
      const sql = /^\[query\] (.*?)(?: \[took .*\])?$/s.exec(plain)?.[1];
      // the application's statements, not MikroORM's own connection checks
      if (sql && /^(select|insert|update|with)\b/i.test(sql) && !sql.includes('pg_database')) statements.push(sql);
    },
  });
  try {
    await work(orm);
  } finally {
    await orm.close();
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plans: string[] = [];
    for (const sql of statements) {
      const { rows } = await client.query(`explain analyze ${sql}`);
      plans.push([sql, ...rows.map((row) => `  ${row['QUERY PLAN']}`)].join('\n'));
    }
    return plans;
  } finally {
    await client.end();
  }
}

/**
 * The cases subgraph on PostgreSQL with `size` generated cases: page (deep in the list), filter
 * (one department's accepted cases), supervision statistics and submission, each under load,
 * and the SQL plans behind them. The database is dropped afterwards.
 */
export async function measureScaleStep(
  root: string,
  catalogueUrl: string,
  size: number,
  load: LoadOptions,
): Promise<ScaleStep> {
  const database = await createTestDatabase(`bench_scale_${size}`);
  const services: ServiceProcess[] = [];
  try {
    const items = await catalogueItems(catalogueUrl);
    await (await openDatabase({ url: database.url, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS })).close();
    const seedStarted = performance.now();
    await insertBulkCases(database.url, size, items);
    const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;

    const port = await freePort();
    const cases = startProcess(
      `cases (${size} cases)`,
      join(root, 'dist', 'subgraphs', 'cases', 'main.js'),
      [],
      {
        ...QUIET,
        PORT: String(port),
        DATABASE_URL: database.url,
        CATALOGUE_URL: catalogueUrl,
        // the generated cases were never reported to the province (nor is its platform running
        // here): a reporter catching up on a million of them would be measured instead
        PROVINCIAL_REPORT_ENABLED: 'false',
        PROVINCIAL_INTAKE_ENABLED: 'false',
      },
      `http://127.0.0.1:${port}/health/live`,
    );
    services.push(cases);
    await waitUntilHealthy(cases);
    const url = `http://127.0.0.1:${port}/graphql`;

    const after = encodeCursor(bulkCaseNumber(Math.floor(size / 2)));
    const departmentCode = items[0].departmentCode;
    // supervision reads as the supervisor; the application is the resident's own, online
    const bodies: Record<Exclude<ScaleOperation, 'submission'>, ScaleRequest> = {
      page: { query: page('totalCount'), variables: { after }, identity: SUPERVISOR },
      pageWithoutTotal: { query: page(''), variables: { after }, identity: SUPERVISOR },
      filter: { query: filter('totalCount'), variables: { departmentCode }, identity: SUPERVISOR },
      filterWithoutTotal: { query: filter(''), variables: { departmentCode }, identity: SUPERVISOR },
      statistics: { query: STATISTICS, variables: { asOf: AS_OF }, identity: SUPERVISOR },
    };
    for (const [operation, { query, variables, identity }] of Object.entries(bodies)) {
      const answer = await postGraphQL(url, query, variables as Record<string, unknown>, { identity });
      if (answer.errors?.length) throw new Error(`scale ${operation} failed: ${answer.errors[0].message}`);
    }
    const submission: ScaleRequest = {
      query: SUBMIT_APPLICATION,
      variables: { input: harvestApplication(`bench-scale-${size}-[<id>]`) },
      identity: asCitizen(RESIDENTS[0].idNumber),
    };
    // each request signed afresh, as the gateway signs it (a subgraph accepts a signature once)
    const secret = secretOrTestDefault(undefined, 'the scale bench');
    const results = {} as ScaleStep['results'];
    for (const [operation, request] of [...Object.entries(bodies), ['submission', submission] as const]) {
      const { query, variables, identity } = request;
      const calls = [[{ url, body: JSON.stringify({ query, variables }), identity }]];
      const idReplacement = operation === 'submission';
      await replay(calls, { ...load, durationS: Math.min(2, load.durationS), secret, idReplacement }); // warm-up
      const aloneMs = await aloneLatency(url, request, `${size}-${operation}`);
      const measured = summarise([await replay(calls, { ...load, secret, idReplacement })]);
      results[operation as ScaleOperation] = { ...measured, aloneMs };
    }

    const accepted = { departmentCode, status: CaseStatus.ACCEPTED };
    const noCatalogue = { departments: async () => [] } as unknown as CatalogueClient;
    const plans: ScaleStep['plans'] = {
      page: await plansOf(database.url, (orm) => pageOf(orm, true, undefined, after)),
      filter: await plansOf(database.url, (orm) => pageOf(orm, true, accepted)),
      pageWithoutTotal: await plansOf(database.url, (orm) => pageOf(orm, false, undefined, after)),
      filterWithoutTotal: await plansOf(database.url, (orm) => pageOf(orm, false, accepted)),
      statistics: await plansOf(database.url, (orm) => departmentStats(orm.em.fork(), noCatalogue, AS_OF)),
    };
    return { cases: size, seedSeconds, results, plans };
  } finally {
    await stopAll(services);
    await database.drop();
  }
}
