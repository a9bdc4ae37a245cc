import { startGateway } from '../../../gateway';
import { OPERATION_LIMITS } from '../../../gateway/operation-limits';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { createTestDatabase } from '../../support/database';

/**
 * What the gateway refuses before any subgraph is called, each with a clear error: operations too
 * deep, too wide or too long, bodies too large, batches, cross-site form posts; in production,
 * introspection and field suggestions. The catalogue answers behind it, so the legitimate
 * operation beside each refusal is seen to pass.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let catalogue: RunningServer;
let gateway: RunningServer;
let production: RunningServer;
const logger = createLogger('test');

beforeAll(async () => {
  database = await createTestDatabase('hardening');
  catalogue = await startCatalogue({ port: 0, databaseUrl: database.url, logger });
  const options = { supergraphSdl: loadSupergraphSdl(), subgraphUrls: { catalogue: catalogue.url }, port: 0, logger };
  gateway = await startGateway(options);
  production = await startGateway({
    ...options,
    environment: 'production',
    persistedQueries: { mode: 'allow', manifest: new Map() },
  });
}, 60_000);
afterAll(async () => {
  await production.stop();
  await gateway.stop();
  await catalogue.stop();
  await database.drop();
});

async function post(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as any };
}
const query = (url: string, text: string) => post(url, JSON.stringify({ query: text }));

/** departments → windows → department → windows … → code: a cycle of the public catalogue, `levels` fields deep. */
function nested(levels: number): string {
  let selection = 'code';
  for (let level = levels - 2; level >= 1; level--) {
    selection = `${level % 2 === 1 ? 'windows' : 'department'} { ${selection} }`;
  }
  return `{ departments { ${selection} } }`;
}

test('an operation 20 levels deep is refused; the catalogue’s own depth passes', async () => {
  const legitimate = await query(gateway.url, nested(6));
  expect([legitimate.status, legitimate.body.errors, legitimate.body.data.departments.length > 0]).toEqual([
    200,
    undefined,
    true,
  ]);
  // the cost limit sees the same query as too expensive: both say so
  expect(await query(gateway.url, nested(20))).toEqual({
    status: 400,
    body: {
      errors: [
        {
          message: 'Syntax Error: Query Cost limit of 5000 exceeded, found 11080.189100265503.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
        {
          message: 'Syntax Error: Query depth limit of 10 exceeded, found 20.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    },
  });
});

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: departments { code }`).join(' ')} }`;

test('1,000 aliases are refused by the token limit; one alias over the alias limit by that', async () => {
  expect(await query(gateway.url, aliased(1000))).toEqual({
    status: 400,
    body: {
      errors: [
        {
          message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
          locations: [{ line: 1, column: 4393 }],
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ],
    },
  });
  expect(await query(gateway.url, aliased(OPERATION_LIMITS.maxAliases + 1))).toEqual({
    status: 400,
    body: {
      errors: [
        {
          message: 'Syntax Error: Aliases limit of 20 exceeded, found 21.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    },
  });
});

test('a 2 MB query is refused before it is parsed', async () => {
  const huge = `{ departments { code } } # ${'x'.repeat(2 * 1024 * 1024)}`;
  expect(await query(gateway.url, huge)).toEqual({
    status: 413,
    body: { errors: [{ message: 'The request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
  });
});

test('a batched request is refused', async () => {
  const batch = JSON.stringify([{ query: '{ departments { code } }' }, { query: '{ departments { name } }' }]);
  expect(await post(gateway.url, batch)).toEqual({
    status: 400,
    body: { errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] },
  });
});

test('a cross-site form post is refused as CSRF', async () => {
  const form = `query=${encodeURIComponent('{ departments { code } }')}`;
  const refused = await post(gateway.url, form, { 'content-type': 'application/x-www-form-urlencoded' });
  expect([refused.status, refused.body.errors.map(({ extensions }: any) => extensions.code)]).toEqual([
    400,
    ['BAD_REQUEST'],
  ]);
  expect(refused.body.errors[0].message).toMatch(
    /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\./,
  );
});

test('in production, introspection is refused and field suggestions are hidden', async () => {
  expect(await query(production.url, '{ __schema { queryType { name } } }')).toEqual({
    status: 400,
    body: {
      errors: [
        {
          message:
            'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
        },
      ],
    },
  });
  const misspelt = (message: string) => ({
    status: 400,
    body: {
      errors: [{ message, locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    },
  });
  expect(await query(production.url, '{ departmnts { code } }')).toEqual(
    misspelt('Cannot query field "departmnts" on type "Query". [Suggestion hidden]?'),
  );
  // outside production the suggestion helps whoever writes the query
  expect(await query(gateway.url, '{ departmnts { code } }')).toEqual(
    misspelt(
      'Cannot query field "departmnts" on type "Query". Did you mean "departments", "department", or "departmentStats"?',
    ),
  );
});
