import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";

/**
 * The GraphQL client: urql over `POST /graphql` (same origin; Apollo's CSRF prevention accepts JSON POSTs), with the
 * token as a bearer header when signed in. Reads use the API's own response cache; urql's document cache is dropped
 * when the register changes (see live.ts).
 */
export function createGraphqlClient(token: string | undefined): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

/** The GraphQL-over-WebSocket client on the same origin's `/graphql` (the token in `connection_init`). */
export function createLiveClient(token: string | undefined): WsClient {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return createWsClient({
    url: url.toString(),
    lazy: true,
    retryAttempts: 3,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}
