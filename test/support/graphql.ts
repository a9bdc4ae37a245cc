import { Identity } from '../../lib/auth/identity';
import { secretOrTestDefault } from '../../lib/auth/subgraph-secrets';
import { signRequest } from '../../lib/auth/signed-request';

/** A GraphQL answer as it comes over HTTP. */
export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[];
}

export interface PostOptions {
  /**
   * Signs the request as the gateway does (default true), for `identity` (anonymous when
   * omitted), with `secret` (the test run's subgraph secret when omitted). A gateway ignores it.
   */
  signed?: boolean;
  identity?: Identity | null;
  secret?: string;
  /** A bearer token, for the gateway. */
  token?: string;
  headers?: Record<string, string>;
}

/** Posts a GraphQL request over real HTTP and returns the parsed response body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  { signed = true, identity = null, secret, token, headers = {} }: PostOptions = {},
): Promise<GraphQLAnswer> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signed ? signRequest({ secret: secretOrTestDefault(secret, 'postGraphQL'), body, identity }) : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body,
  });
  return (await response.json()) as GraphQLAnswer;
}

/** `_entities` representations of persons, as the gateway sends them to a subgraph. */
export const personRepresentations = (idNumbers: string[]) =>
  idNumbers.map((idNumber) => ({ __typename: 'Person', idNumber }));

/** The parts of an error a client relies on: its code and the field it names. */
export const errorCodes = (body: GraphQLAnswer) =>
  (body.errors ?? []).map(({ extensions }) => ({ code: extensions.code, field: extensions.field }));
