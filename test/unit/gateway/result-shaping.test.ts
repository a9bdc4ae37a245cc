import { buildSchema, FieldSelection, operationFromDocument } from '@apollo/federation-internals';
import { parse } from 'graphql';
import * as apolloResultShaping from '@apollo/gateway/dist/resultShaping';
import { readFileSync } from 'node:fs';
import { apolloComputeResponse, computeResponse, useResultShaping } from '../../../gateway/resultShaping';

/** A schema with every kind of type the pass treats differently. */
const schema = buildSchema(`
  type Query {
    person(idNumber: String!): Person
    people: [Person!]!
    node(id: ID!): Node
    search: [SearchResult]
    count: Int!
  }
  interface Node { id: ID! }
  type Person implements Node {
    id: ID!
    name: String!
    age: Int
    status: Status
    tags: [String!]
    cases: [Case!]
  }
  type Case implements Node {
    id: ID!
    number: String!
    amount: Float
    open: Boolean
    when: DateTime
  }
  union SearchResult = Person | Case
  enum Status { ACTIVE SUSPENDED }
  scalar DateTime
`);

function shape(query: string, input: Record<string, unknown> | null, variables: Record<string, unknown> = {}) {
  const run = (pass: typeof computeResponse) =>
    pass({
      operation: operationFromDocument(schema, parse(query), { validate: false }),
      variables,
      // the pass only reads its input: each run gets its own copy all the same
      input: input && (JSON.parse(JSON.stringify(input)) as Record<string, unknown>),
      introspectionHandling: (selection: FieldSelection) => `introspection of ${selection.element.name}`,
    });
  const ours = run(computeResponse);
  const apollo = run(apolloComputeResponse);
  // plain JSON: the pass builds objects without a prototype
  const plain = ({ data, errors }: ReturnType<typeof computeResponse>) =>
    JSON.parse(JSON.stringify({ data, errors: errors.map((error) => ({ message: error.message, path: error.path })) }));
  return { ours: plain(ours), apollo: plain(apollo) };
}

describe("the gateway's result shaping (gateway/resultShaping.ts)", () => {
  it('keeps what was asked, in the order asked, and drops the keys only the gateway needed', () => {
    const { ours, apollo } = shape('{ people { name id cases { number } } count }', {
      people: [
        { __typename: 'Person', id: 'p1', name: 'Li', idNumber: 'x', cases: [{ number: 'A', id: 'c1' }] },
        { __typename: 'Person', id: 'p2', name: 'Wang', cases: [] },
      ],
      count: 2,
    });
    expect(ours).toEqual({
      data: {
        people: [
          { name: 'Li', id: 'p1', cases: [{ number: 'A' }] },
          { name: 'Wang', id: 'p2', cases: [] },
        ],
        count: 2,
      },
      errors: [],
    });
    expect(ours).toEqual(apollo);
  });

  it('applies aliases, __typename (also aliased) and fragments on interfaces and unions by the runtime type', () => {
    const query = `{
      search {
        kind: __typename
        ... on Person { name }
        ... on Case { number amount }
        ... on Node { id }
      }
      node(id: "c1") { __typename ... on Case { open when } }
      who: person(idNumber: "1") { first: name again: name }
    }`;
    const { ours, apollo } = shape(query, {
      search: [
        { __typename: 'Person', name: 'Li', id: 'p1' },
        { __typename: 'Case', number: 'A', amount: 1.5, id: 'c1' },
        null,
      ],
      node: { __typename: 'Case', open: true, when: '2026-11-27T00:00:00Z' },
      who: { first: 'Li', again: 'Li' },
    });
    expect(ours).toEqual({
      data: {
        search: [{ kind: 'Person', name: 'Li', id: 'p1' }, { kind: 'Case', number: 'A', amount: 1.5, id: 'c1' }, null],
        node: { __typename: 'Case', open: true, when: '2026-11-27T00:00:00Z' },
        who: { first: 'Li', again: 'Li' },
      },
      errors: [],
    });
    expect(ours).toEqual(apollo);
  });

  it('honours @skip and @include with variables and literals', () => {
    const query = `query ($withAge: Boolean!, $skipName: Boolean!) {
      person(idNumber: "1") {
        name @skip(if: $skipName)
        age @include(if: $withAge)
        status @include(if: false)
        ... on Person @include(if: $withAge) { tags }
      }
    }`;
    const input = { person: { name: 'Li', age: 40, status: 'ACTIVE', tags: ['a'] } };
    const on = shape(query, input, { withAge: true, skipName: true });
    const off = shape(query, input, { withAge: false, skipName: false });
    expect(on.ours).toEqual({ data: { person: { age: 40, tags: ['a'] } }, errors: [] });
    expect(off.ours).toEqual({ data: { person: { name: 'Li' } }, errors: [] });
    expect(on.ours).toEqual(on.apollo);
    expect(off.ours).toEqual(off.apollo);
  });

  it('nulls an invalid leaf with an error at its path, and a null bubbles up to the nearest nullable field', () => {
    const query =
      '{ search { ... on Case { open amount } } person(idNumber: "1") { age name cases { number } } count }';
    const { ours, apollo } = shape(query, {
      search: [{ __typename: 'Case', open: 'yes', amount: 'NaN' }],
      person: { age: 40.5, name: null, cases: [{ number: 'A' }] },
      count: 1,
    });
    expect(ours).toEqual({
      data: { search: [{ open: null, amount: null }], person: null, count: 1 },
      errors: [
        { message: 'Invalid value found for field Case.open.', path: ['search', 0, 'open'] },
        { message: 'Invalid value found for field Case.amount.', path: ['search', 0, 'amount'] },
        { message: 'Invalid value found for field Person.age.', path: ['person', 'age'] },
        { message: 'Cannot return null for non-nullable field Person.name.', path: ['person', 'name'] },
      ],
    });
    expect(ours).toEqual(apollo);
  });

  it('checks each kind of leaf as federation does: ID, Int, Float, Boolean, enum, custom scalar', () => {
    const query = '{ search { ... on Case { id amount open when } ... on Person { age status } } }';
    const { ours, apollo } = shape(query, {
      search: [
        { __typename: 'Case', id: 12, amount: 1, open: false, when: { any: 'thing' } },
        { __typename: 'Case', id: 1.5, amount: '1.5', open: 0, when: 7 },
        { __typename: 'Person', age: -3, status: 'SUSPENDED' },
        { __typename: 'Person', age: 2.5, status: 'active' },
      ],
    });
    expect(ours).toEqual({
      data: {
        search: [
          { id: 12, amount: 1, open: false, when: { any: 'thing' } },
          null,
          { age: -3, status: 'SUSPENDED' },
          { age: null, status: null },
        ],
      },
      errors: [
        { message: 'Invalid value found for field Case.id.', path: ['search', 1, 'id'] },
        { message: 'Invalid value found for field Person.age.', path: ['search', 3, 'age'] },
        { message: 'Invalid value found for field Person.status.', path: ['search', 3, 'status'] },
      ],
    });
    expect(ours).toEqual(apollo);
  });

  it('stops at the first null that reaches the root: the whole data is null', () => {
    const query = '{ people { name status tags } count }';
    const { ours, apollo } = shape(query, {
      people: [
        { name: 'Li', status: 'RETIRED', tags: ['a', null] },
        { name: null, status: 'ACTIVE', tags: [] },
      ],
      count: 'many',
    });
    expect(ours).toEqual({
      data: null,
      errors: [
        { message: 'Invalid value found for field Person.status.', path: ['people', 0, 'status'] },
        {
          message: 'Cannot return null for non-nullable array element of type String at index 1.',
          path: ['people', 0, 'tags', 1],
        },
        { message: 'Cannot return null for non-nullable field Person.name.', path: ['people', 1, 'name'] },
      ],
    });
    expect(ours).toEqual(apollo);
  });

  it('nulls an object whose __typename the schema does not know, and answers introspection through the gateway', () => {
    const query = '{ node(id: "x") { id } __schema { queryType { name } } __typename }';
    const { ours, apollo } = shape(query, { node: { __typename: 'Ghost', id: 'x' } });
    expect(ours).toEqual({
      data: { node: null, __schema: 'introspection of __schema', __typename: 'Query' },
      errors: [{ message: 'Invalid __typename found for object at field Query.node.', path: ['node'] }],
    });
    expect(ours).toEqual(apollo);
  });

  it('keeps a response name like __proto__ or constructor as a plain key', () => {
    const query = '{ person(idNumber: "1") { __proto__: name constructor: age toString: status } }';
    const input = JSON.parse('{"person":{"__proto__":"Li","constructor":40}}') as Record<string, unknown>;
    const { ours, apollo } = shape(query, input);
    // (an object literal cannot hold a __proto__ key: the JSON text says what the client gets)
    expect(JSON.stringify(ours)).toBe(
      '{"data":{"person":{"__proto__":"Li","constructor":40,"toString":null}},"errors":[]}',
    );
    expect(ours).toEqual(apollo);
  });

  it('merges a field selected twice into one value, and answers nothing for no input', () => {
    const query = '{ person(idNumber: "1") { name cases { number } ... on Person { cases { id amount } } } }';
    const { ours, apollo } = shape(query, { person: { name: 'Li', cases: [{ number: 'A', id: 'c1', amount: 2 }] } });
    expect(ours).toEqual({
      data: { person: { name: 'Li', cases: [{ number: 'A', id: 'c1', amount: 2 }] } },
      errors: [],
    });
    expect(ours).toEqual(apollo);
    expect(shape('{ count }', null).ours).toEqual({ data: null, errors: [] });
  });

  it('is the pass Apollo Gateway calls once switched on, and Apollo’s again once switched off', () => {
    // the executor must read computeResponse off the module at each answer for the switch to
    // work: a new @apollo/gateway that binds it otherwise fails here, not silently in production
    const executor = readFileSync(require.resolve('@apollo/gateway/dist/executeQueryPlan.js'), 'utf8');
    expect(executor).toContain('(0, resultShaping_1.computeResponse)(');
    useResultShaping('apollo');
    expect(apolloResultShaping.computeResponse).toBe(apolloComputeResponse);
    useResultShaping('planned');
    expect(apolloResultShaping.computeResponse).toBe(computeResponse);
  });
});
