import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { publicCacheHints } from '../../../lib/cache-hints';

// What a subgraph's answers tell the gateway about caching them (lib/cache-hints.ts).
const typeDefs = `
  type Item { code: String! name: String! }
  type Query { item: Item! items: [Item!]! }
  type Mutation { rename(name: String!): Item! }
`;
const item = { code: 'XK00001000-532503', name: '林木采伐许可证核发' };
const resolvers = { Query: { item: () => item, items: () => [item] }, Mutation: { rename: () => item } };

async function cacheControlOf(plugins: ApolloServerPlugin[], query: string): Promise<string | undefined> {
  const server = new ApolloServer({ typeDefs, resolvers, plugins });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    return response.http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

test('a subgraph declaring public reference data lets anyone reuse its answers to queries', async () => {
  expect(await cacheControlOf(publicCacheHints(5), '{ item { code name } items { code } }')).toBe('max-age=5, public');
  expect(await cacheControlOf(publicCacheHints(300), '{ item { code } }')).toBe('max-age=300, public');
});

test('its mutations are never cacheable', async () => {
  expect(await cacheControlOf(publicCacheHints(5), 'mutation { rename(name: "x") { code } }')).toBe('no-store');
});

test('a subgraph without hints (every one holding personal data) answers no-store', async () => {
  expect(await cacheControlOf([], '{ item { code name } }')).toBe('no-store');
});
