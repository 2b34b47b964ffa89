import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";

/**
 * Whether the API refused the token itself: HTTP 401 or a top-level `UNAUTHENTICATED` (unknown, invalid or revoked
 * token). A signed-in caller whose role does not allow something gets FORBIDDEN instead, so this is never about rights.
 */
export function isRefusedToken(error: CombinedError): boolean {
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

/**
 * The GraphQL client: urql over `POST /graphql` (same origin; Apollo's CSRF prevention accepts JSON POSTs), with the
 * token as a bearer header when signed in. Reads use the API's own response cache; urql's document cache is dropped
 * when the register changes (see live.ts). Any answer that refuses the token (`isRefusedToken`) calls `onRefused`
 * (the dashboard then signs out).
 */
export function createGraphqlClient(token: string | undefined, onRefused?: () => void): Client {
  const refused = mapExchange({
    onError(error) {
      if (token && onRefused && isRefusedToken(error)) onRefused();
    },
  });
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, refused, fetchExchange],
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
