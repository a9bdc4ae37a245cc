import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import { startGateway } from '../../../gateway';
import { badUserInput } from '../../../lib/errors';
import { createLogger } from '../../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../../lib/server';
import { postGraphQL } from '../../support/graphql';

/**
 * What a client sees of a failure behind the gateway: outside development, no internals — a legacy
 * system's own words, a database host, a stack — only the code, the legacy system and the input
 * field it can act on; messages written for clients pass as they are. In development, everything.
 */
const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
  type Query {
    internal: String
    legacy: String
    input(idNumber: String!): String
  }
`;
const resolvers = {
  Query: {
    internal: () => {
      throw new Error('connect ECONNREFUSED 10.20.0.5:5432 (postgres://hub:secret@db/cases)');
    },
    legacy: () => {
      throw new GraphQLError('pensions is unavailable (QueryPersons): socket hang up at 10.9.8.7:8080', {
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', operation: 'QueryPersons', legacyCode: 'E17' },
      });
    },
    input: () => {
      throw badUserInput('idNumber', 'idNumber is not a valid resident ID number (GB 11643): CHECKSUM');
    },
  },
};

const logger = createLogger('test');
let failing: RunningServer;
const gateways: Record<string, RunningServer> = {};

beforeAll(async () => {
  failing = await startSubgraphServer({
    name: 'failing',
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    port: 0,
    logger,
    context: async () => ({}),
  });
  const { supergraphSdl } = composeServices([{ name: 'failing', typeDefs, url: failing.url }]);
  for (const environment of ['production', 'development']) {
    gateways[environment] = await startGateway({
      supergraphSdl: supergraphSdl!,
      subgraphUrls: {},
      port: 0,
      logger,
      environment,
      persistedQueries: { mode: 'allow', manifest: new Map() },
    });
  }
});
afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway.stop();
  await failing.stop();
});

const QUERY = '{ internal legacy input(idNumber: "532503198001010016") }';

test('outside development an internal error and a legacy system’s words are masked; an input error is not', async () => {
  expect(await postGraphQL(gateways.production.url, QUERY, {}, { signed: false })).toEqual({
    data: { internal: null, legacy: null, input: null },
    errors: [
      {
        message: 'Internal server error',
        path: ['internal'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'failing' },
      },
      {
        message: 'pensions is unavailable',
        path: ['legacy'],
        extensions: { code: 'LEGACY_UNAVAILABLE', system: 'pensions', serviceName: 'failing' },
      },
      {
        message: 'idNumber is not a valid resident ID number (GB 11643): CHECKSUM',
        path: ['input'],
        extensions: { code: 'BAD_USER_INPUT', field: 'idNumber', serviceName: 'failing' },
      },
    ],
  });
});

test('in development the messages stay whole', async () => {
  const answer = await postGraphQL(gateways.development.url, QUERY, {}, { signed: false });
  expect(answer.errors!.map(({ message }) => message)).toEqual([
    'connect ECONNREFUSED 10.20.0.5:5432 (postgres://hub:secret@db/cases)',
    'pensions is unavailable (QueryPersons): socket hang up at 10.9.8.7:8080',
    'idNumber is not a valid resident ID number (GB 11643): CHECKSUM',
  ]);
});

test('an operation name that picks no operation is the client’s mistake: 400 OPERATION_RESOLUTION_FAILURE', async () => {
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(gateways.production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const twoOperations = 'query First { internal } query Second { legacy }';
  const refusal = (message: string) => ({
    status: 400,
    body: { errors: [{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] },
  });
  expect([
    await post({ query: 'query First { internal }', operationName: 'Stale' }),
    await post({ query: twoOperations }),
    await post({ query: twoOperations, operationName: 'Third' }),
  ]).toEqual([
    refusal('Unknown operation named "Stale".'),
    refusal('Must provide operation name if query contains multiple operations.'),
    refusal('Unknown operation named "Third".'),
  ]);
});
