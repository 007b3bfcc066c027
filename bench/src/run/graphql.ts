/** A small GraphQL-over-HTTP client for the scenarios' setup: JSON bodies (Apollo's CSRF prevention is satisfied by the content type). */
export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ result: GraphQLResponse<T>; setCookie: string[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as GraphQLResponse<T>;
  return { result, setCookie: response.headers.getSetCookie() };
}

/** Signs in through the real `login` mutation and returns the session cookie ("crm_session=…"). */
export async function login(baseUrl: string, loginName: string, password: string): Promise<string> {
  const { result, setCookie } = await graphql<{ login: { account: { id: string } } }>(
    baseUrl,
    `
      mutation Login($input: LoginInput!) {
        login(input: $input) {
          account {
            id
          }
        }
      }
    `,
    { input: { loginName, password } },
  );
  if (result.errors?.length) {
    throw new Error(
      `login ${loginName} failed: ${result.errors.map((e) => e.extensions?.code ?? e.message).join(", ")}`,
    );
  }
  const pair = setCookie.map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("crm_session="));
  if (!pair) throw new Error(`login ${loginName}: no session cookie`);
  return pair;
}

/** Same as `graphql`, failing on any error. */
export async function graphqlOk<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  cookie: string,
): Promise<T> {
  const { result } = await graphql<T>(baseUrl, query, variables, cookie);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
