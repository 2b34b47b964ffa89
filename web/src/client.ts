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

/**
 * Whether the server offers subscriptions: asks for the schema's `Subscription` type before opening a socket, so that
 * a server without them (or an older one) causes no failed WebSocket handshake (a console error in every browser).
 * When introspection is switched off (production) the answer is unknown and the socket is tried; when the probe is
 * refused (a bad token) there is no socket either.
 */
export async function serverHasSubscriptions(token: string | undefined): Promise<boolean> {
  try {
    const res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: '{ __type(name: "Subscription") { name } }' }),
    });
    const body = (await res.json()) as {
      data?: { __type: { name: string } | null };
      errors?: Array<{ message?: string }>;
    };
    // Introspection switched off (production): unknown, so try the socket.
    if (body.errors?.some((e) => /introspection/i.test(e.message ?? ""))) return true;
    // Refused (a bad token: 401) or broken: no live updates.
    if (!res.ok || !body.data) return false;
    return body.data.__type !== null;
  } catch {
    return false;
  }
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
