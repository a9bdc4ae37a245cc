import type { TypedDocumentString } from './generated/graphql';

/** A GraphQL answer whose `data` has the operation's generated type. */
export interface TypedAnswer<TResult> {
  data?: TResult | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Runs a generated operation against the gateway: the example the README walks through.
 * It sends the operation's manifest hash, not its text, so it runs where the gateway enforces
 * the persisted-query safelist (production) as well as anywhere else.
 *
 * Personal data needs the caller's bearer token (`token`): a citizen's own, or a clerk's.
 *
 *   import { PersonOverviewDocument } from './generated/graphql';
 *   const { data } = await execute(url, PersonOverviewDocument, { idNumber }, { token });
 *   data?.person?.pension?.status; // typed: PensionStatus
 */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token }: { token?: string } = {},
): Promise<TypedAnswer<TResult>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ documentId: document.__meta__?.hash, variables }),
  });
  return (await response.json()) as TypedAnswer<TResult>;
}
