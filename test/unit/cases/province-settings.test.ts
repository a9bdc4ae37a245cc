import { GraphQLObjectType } from 'graphql';
import { loadConfig } from '../../../lib/config';
import { casesSettings, provincialExchangeSettings } from '../../../subgraphs/cases/config';
import { buildCasesSchema } from '../../../subgraphs/cases/schema';

/** What the service needs to start at all: its signing secrets (lib/auth), none of them the exchange's. */
const SECRETS = Object.fromEntries(
  ['', '_CATALOGUE', '_FORESTRY', '_HEALTH_INSURANCE', '_PENSIONS', '_PARTY_BUILDING', '_AUDIT'].map((name) => [
    `SUBGRAPH${name}_SECRET`,
    'a-secret-of-at-least-32-characters-0123456789',
  ]),
);

test('the provincial exchange is configured from the environment, with defaults', () => {
  const defaults = provincialExchangeSettings(loadConfig(casesSettings, SECRETS));
  expect(defaults).toEqual({
    reporting: {
      settings: {
        intervalMs: 5_000,
        batchSize: 25,
        leaseMs: 60_000,
        stuckAfterAttempts: 8,
        backoff: { baseDelayMs: 5_000, maxDelayMs: 900_000 },
      },
      background: true,
    },
    intake: { settings: { intervalMs: 30_000 }, background: true },
  });
  const tuned = provincialExchangeSettings(
    loadConfig(casesSettings, {
      ...SECRETS,
      PROVINCIAL_REPORT_ENABLED: 'false',
      PROVINCIAL_REPORT_INTERVAL_MS: '1000',
      PROVINCIAL_REPORT_BACKOFF_MAX_MS: '60000',
      PROVINCIAL_INTAKE_INTERVAL_MS: '10000',
    }),
  );
  expect(tuned.reporting).toMatchObject({
    settings: { intervalMs: 1_000, backoff: { baseDelayMs: 5_000, maxDelayMs: 60_000 } },
    background: false,
  });
  expect(tuned.intake).toEqual({ settings: { intervalMs: 10_000 }, background: true });
});

test('a bad setting is named', () => {
  expect(() => loadConfig(casesSettings, { ...SECRETS, PROVINCIAL_REPORT_BATCH_SIZE: '0' })).toThrow(
    ['Invalid configuration:', '  PROVINCIAL_REPORT_BATCH_SIZE: Too small: expected number to be >=1'].join('\n'),
  );
});

test('supervisors read the stuck reports and the portal’s applications from the graph', async () => {
  const schema = await buildCasesSchema();
  const query = schema.getQueryType()!.getFields();
  expect(String(query.stuckProvincialReports.type)).toBe('[ProvincialReport!]!');
  expect(String(query.provincialApplications.type)).toBe('[ProvincialApplication!]!');
  const fields = (name: string) =>
    Object.fromEntries(
      Object.values((schema.getType(name) as GraphQLObjectType).getFields()).map((f) => [f.name, String(f.type)]),
    );
  expect(fields('ProvincialReport')).toEqual({
    reportedEvents: 'Int!',
    evaluationReported: 'Boolean!',
    pending: 'Boolean!',
    refusalCode: 'String',
    stuck: 'Boolean!',
    attempts: 'Int!',
    nextAttemptAt: 'DateTimeISO!',
    lastError: 'String',
    lastReportedAt: 'DateTimeISO',
    case: 'Case!',
  });
  expect(fields('ProvincialApplication')).toEqual({
    applicationNumber: 'String!',
    deliverySequence: 'Int!',
    itemCode: 'String!',
    applicantName: 'String!',
    materialCodes: '[String!]!',
    submittedAt: 'String!',
    state: 'ProvincialApplicationState!',
    refusalCode: 'String',
    refusalField: 'String',
    refusalReason: 'String',
    receivedAt: 'DateTimeISO!',
    case: 'Case',
  });
});
