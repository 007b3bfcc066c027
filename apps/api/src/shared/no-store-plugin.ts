import type { ApolloServerPlugin } from "@apollo/server";

/**
 * `Cache-Control: no-store` on every /graphql answer. Apollo's cache-control plugin used to send
 * it (the schema sets no cache hints, so every answer was uncacheable) but it also wraps every
 * field's resolver to collect hints; it is disabled in app.ts and this keeps the header.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set("cache-control", "no-store");
          return Promise.resolve();
        },
      });
    },
  };
}
