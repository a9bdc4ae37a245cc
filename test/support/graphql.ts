/** A GraphQL answer as it comes over HTTP. */
export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[];
}

/** Posts a GraphQL request over real HTTP and returns the parsed response body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

/** `_entities` representations of persons, as the gateway sends them to a subgraph. */
export const personRepresentations = (idNumbers: string[]) =>
  idNumbers.map((idNumber) => ({ __typename: 'Person', idNumber }));

/** The parts of an error a client relies on: its code and the field it names. */
export const errorCodes = (body: GraphQLAnswer) =>
  (body.errors ?? []).map(({ extensions }) => ({ code: extensions.code, field: extensions.field }));
