"use client";

import { HttpLink } from "@apollo/client";
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from "@apollo/client-integration-nextjs";
import type { ReactNode } from "react";

/**
 * The browser talks only to the console's own origin: `/graphql` is rewritten by Next to the API
 * (next.config.ts), so the httpOnly `crm_session` cookie flows with same-origin requests.
 * During SSR the integration runs `useQuery` cache-only, so no request leaves the server from here;
 * server components that need the session use `serverGraphql` instead.
 */
function makeClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer has no id of its own: keep it under the root query.
        Viewer: { keyFields: false },
      },
    }),
    link: new HttpLink({
      uri: "/graphql",
      credentials: "same-origin",
      // Apollo Server's CSRF prevention accepts JSON POSTs; keep every request a JSON POST.
      headers: { "apollo-require-preflight": "true" },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}

export function ApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
