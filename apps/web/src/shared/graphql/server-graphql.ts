import type { TypedDocumentNode } from "@apollo/client";
import { print, type GraphQLFormattedError } from "graphql";
import { cookies } from "next/headers";
import { apiOrigin, SESSION_COOKIE } from "./server-env";

export class ServerGraphqlError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphQLFormattedError[] = [],
  ) {
    super(message);
    this.name = "ServerGraphqlError";
  }
}

interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/**
 * Server components call the API directly (not through the console's rewrite), forwarding only
 * the incoming `crm_session` cookie. Never cached: every render re-checks the session.
 */
export async function serverGraphql<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const store = await cookies();
  const session = store.get(SESSION_COOKIE)?.value;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  if (session) headers.cookie = `${SESSION_COOKIE}=${session}`;

  const response = await fetch(`${apiOrigin()}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    cache: "no-store",
  });
  let body: GraphqlResponse<TData>;
  try {
    body = (await response.json()) as GraphqlResponse<TData>;
  } catch {
    throw new ServerGraphqlError(`API answered ${response.status} without a GraphQL body`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ServerGraphqlError(body.errors.map((e) => e.message).join("; "), body.errors);
  }
  if (body.data === undefined || body.data === null) {
    throw new ServerGraphqlError(`API answered ${response.status} without data`);
  }
  return body.data;
}
