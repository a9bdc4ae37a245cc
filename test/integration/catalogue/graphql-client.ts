/** Posts a GraphQL request over real HTTP and returns the parsed response body. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** The parts of an error a client relies on: its code and the field it names. */
export const errorCodes = (body: { errors?: { extensions: Record<string, unknown> }[] }) =>
  (body.errors ?? []).map(({ extensions }) => ({ code: extensions.code, field: extensions.field }));
