import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isPostgresUrl } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { repoRoot } from '../../../lib/paths';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';

// Two replicas of the cases service, each its own process as in production, on one PostgreSQL
// database, taking submissions at the same time: every case exists once, and no two share a
// number. Only PostgreSQL is shared by replicas (SQLite is one process's file), so without it
// the suite is skipped.
const postgres = isPostgresUrl(process.env.DATABASE_URL ?? '');
if (!postgres) {
  console.warn('cases-replicas: skipped, DATABASE_URL is not PostgreSQL (set DATABASE_URL=postgres://… to run it)');
}
const describeOnPostgres = postgres ? describe : describe.skip;

const MAIN = join(repoRoot(), 'dist', 'subgraphs', 'cases', 'main.js');
const HARVEST = 'XK00001000-532503';
const PERSON_ID = '34052419800101001X';
const SUBMISSIONS = 40;

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber status } }`;
const application = (key: string) => ({
  idempotencyKey: key,
  itemCode: HARVEST,
  applicant: { type: 'PERSON', name: '张三', idNumber: PERSON_ID },
  channel: 'ONLINE',
  materials: ['M01', 'M02', 'M03', 'M04'],
});

/** Starts `dist/subgraphs/cases/main.js` on a free port; resolves with its URL from its ready line. */
function startReplica(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cases replica exited with code ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url =
        (JSON.parse(line) as { msg?: string; url?: string }).msg === 'cases subgraph ready' && JSON.parse(line).url;
      if (url) resolve({ child, url });
    });
  });
}

function stopReplica(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describeOnPostgres('two cases replicas on one PostgreSQL', () => {
  let catalogue: RunningServer;
  const replicas: { child: ChildProcess; url: string }[] = [];
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm test does, or npx tsc -p .)`);
    const catalogueDb = await createTestDatabase('ops_replicas_catalogue');
    const casesDb = await createTestDatabase('ops_replicas_cases');
    drops.push(catalogueDb.drop, casesDb.drop);
    catalogue = await startCatalogue({ port: 0, databaseUrl: catalogueDb.url, logger: createLogger('catalogue') });
    const env = { DATABASE_URL: casesDb.url, CATALOGUE_URL: catalogue.url };
    // one after the other: the first runs the migrations, as a rolling deployment's first pod does
    replicas.push(await startReplica(env));
    replicas.push(await startReplica(env));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map(({ child }) => stopReplica(child)));
    await catalogue?.stop();
    for (const drop of drops) await drop();
  });

  test('concurrent submissions through both replicas: every case once, numbers unique, retries idempotent', async () => {
    const keys = Array.from({ length: SUBMISSIONS }, (_, index) => `replica-${index}`);
    // each application goes to one replica, and its retry at the same moment to the other
    const answers = await Promise.all(
      keys.flatMap((key, index) => [
        postGraphQL(replicas[index % 2].url, SUBMIT, { input: application(key) }),
        postGraphQL(replicas[(index + 1) % 2].url, SUBMIT, { input: application(key) }),
      ]),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);

    const numberOf = (index: number) => answers[index].data.submitApplication.caseNumber as string;
    const submitted = keys.map((_, index) => numberOf(2 * index));
    const retried = keys.map((_, index) => numberOf(2 * index + 1));
    expect(retried).toEqual(submitted);
    expect(new Set(submitted).size).toBe(SUBMISSIONS);

    const listed = await postGraphQL(replicas[1].url, `{ cases(first: 100) { totalCount nodes { caseNumber } } }`);
    const numbers = listed.data.cases.nodes.map(({ caseNumber }: { caseNumber: string }) => caseNumber);
    expect(listed.data.cases.totalCount).toBe(SUBMISSIONS);
    expect(numbers).toEqual([...submitted].sort());
    // one day's sequence without gaps: 000001 … 000040
    expect(numbers.map((number: string) => Number(number.slice(-6)))).toEqual(keys.map((_, index) => index + 1));
  });
});
