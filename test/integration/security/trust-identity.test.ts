import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import gql from 'graphql-tag';
import { startGateway } from '../../../gateway';
import { Identity } from '../../../lib/auth/identity';
import { requestIdentity } from '../../../lib/auth/request-identity';
import { createLogger } from '../../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../../lib/server';
import { postGraphQL } from '../../support/graphql';
import { testToken } from '../../support/tokens';

/**
 * The identity plumbing end to end, apart from any rule that uses it: a subgraph that answers with
 * what `requestIdentity(res)` gives its context, behind the real gateway. Anonymous arrives as
 * null; a token's identity arrives exactly as the token states it; a token the gateway does not
 * accept never gets that far.
 */
const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
  type Query {
    whoAmI: Caller
  }
  type Caller {
    subject: String!
    roles: [String!]!
    windowCode: String
    departmentCode: String
    name: String
  }
`;

let echo: RunningServer;
let gateway: RunningServer;
const logger = createLogger('test');

beforeAll(async () => {
  echo = await startSubgraphServer<{ identity: Identity | null }>({
    name: 'echo',
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Query: { whoAmI: (_: unknown, __: unknown, { identity }: any) => identity },
      },
    }),
    port: 0,
    logger,
    context: async ({ res }) => ({ identity: requestIdentity(res) }),
  });
  const composed = composeServices([{ name: 'echo', typeDefs, url: echo.url }]);
  if (!composed.supergraphSdl) throw new Error(composed.errors?.map((error) => error.message).join('\n'));
  gateway = await startGateway({ supergraphSdl: composed.supergraphSdl, subgraphUrls: {}, port: 0, logger });
});
afterAll(async () => {
  await gateway.stop();
  await echo.stop();
});

const WHO = '{ whoAmI { subject roles windowCode departmentCode name } }';
const ask = (token?: string) => postGraphQL(gateway.url, WHO, {}, { signed: false, token });

async function status(headers: Record<string, string>) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: WHO }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: await response.json() };
}

const refusal = (message: string) => ({
  status: 401,
  challenge: 'Bearer error="invalid_token"',
  body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
});

test('without a token the request reaches the subgraph as anonymous (null)', async () => {
  expect(await ask()).toEqual({ data: { whoAmI: null } });
});

test('a token’s identity reaches the subgraph intact, for every role', async () => {
  const identities: Identity[] = [
    { subject: '532503198001010015', roles: ['CITIZEN'], name: '李明' },
    { subject: '91532503MA6K123404', roles: ['CITIZEN'] },
    { subject: 'clerk-07', roles: ['WINDOW_CLERK'], windowCode: 'CW-LIVELIHOOD' },
    { subject: 'officer-02', roles: ['DEPARTMENT_OFFICER'], departmentCode: 'LYJ' },
    { subject: 'supervisor-01', roles: ['SUPERVISOR', 'ADMIN'] },
    { subject: 'TM-F1-01', roles: ['TERMINAL'] },
  ];
  const answers = await Promise.all(identities.map(async (identity) => ask(await testToken(identity))));
  expect(answers).toEqual(
    identities.map((identity) => ({
      data: {
        whoAmI: { windowCode: null, departmentCode: null, name: null, ...identity },
      },
    })),
  );
});

test('an expired token, a forged one, one for another audience or issuer are refused with 401', async () => {
  const citizen: Identity = { subject: '532503198001010015', roles: ['CITIZEN'] };
  const bearer = async (token: Promise<string>) => ({ authorization: `Bearer ${await token}` });
  expect([
    await status(await bearer(testToken(citizen, { ttlSeconds: -60 }))),
    await status(await bearer(testToken(citizen, { secret: 'another-key-that-is-at-least-32-characters' }))),
    await status(await bearer(testToken(citizen, { audience: 'another-hub' }))),
    await status(await bearer(testToken(citizen, { issuer: 'someone-else' }))),
  ]).toEqual([
    refusal('The token has expired'),
    refusal('The token signature is not valid'),
    refusal("The token's aud claim is not accepted"),
    refusal("The token's iss claim is not accepted"),
  ]);
});

test('a token whose claims make no valid identity, and a header that is not a bearer JWT, are refused', async () => {
  expect([
    await status({ authorization: `Bearer ${await testToken({ subject: '532503198001010016', roles: ['CITIZEN'] })}` }),
    await status({ authorization: `Bearer ${await testToken({ subject: 'clerk-07', roles: ['WINDOW_CLERK'] })}` }),
    await status({ authorization: `Bearer ${await testToken({ subject: 'svc', roles: ['SYSTEM'] })}` }),
    await status({ authorization: 'Basic dXNlcjpwYXNz' }),
  ]).toEqual([
    refusal("The token's claims are not a valid identity (sub: a CITIZEN must be a valid resident ID or credit code)"),
    refusal("The token's claims are not a valid identity (windowCode: a WINDOW_CLERK needs a window)"),
    refusal(
      'The token\'s claims are not a valid identity (roles.0: Invalid option: expected one of "CITIZEN"|"WINDOW_CLERK"|"DEPARTMENT_OFFICER"|"SUPERVISOR"|"ADMIN"|"TERMINAL")',
    ),
    refusal('The Authorization header must be `Bearer <JWT>`'),
  ]);
});
