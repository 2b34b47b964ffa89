import http from "node:http";
import type { Express } from "express";

/**
 * The HTTP server of an Express app, listening on `port` at `host`: use this, not `app.listen()`.
 *
 * Express gives each request and response the app's prototypes as they enter it (`Object.setPrototypeOf(req,
 * app.request)`, the same for `res`). On objects Node made with its own classes that is a prototype change per
 * request, and V8 then keeps each request's objects (and all the middleware hangs on them) alive through the
 * young-generation collections: under load they were promoted to the old generation by the megabyte and collected
 * there (bench/README.md, "Issue 15, fourth pass": a cached answer's frame promoted 13 MB per scavenge, 7.5 MB with
 * this server; a bare Express app 8 MB, and 0 MB once Node makes its objects with Express's prototypes). Here Node
 * makes each request and response with the app's prototypes to begin with, so Express's `setPrototypeOf` finds the
 * prototype already in place and changes nothing.
 */
export function listen(app: Express, port: number, host: string): http.Server {
  const server = http.createServer(
    {
      IncomingMessage: withPrototype(http.IncomingMessage, app.request),
      ServerResponse: withPrototype(http.ServerResponse, app.response),
    },
    app,
  );
  return server.listen(port, host);
}

/**
 * A constructor that runs Node's own (`IncomingMessage` and `ServerResponse` are plain functions, callable on `this`)
 * and whose instances have `prototype` (Express's, which inherits from Node's class prototype).
 */
function withPrototype<C extends typeof http.IncomingMessage | typeof http.ServerResponse>(
  base: C,
  prototype: object,
): C {
  function Message(this: object, ...args: unknown[]) {
    (base as unknown as (...a: unknown[]) => void).apply(this, args);
  }
  Message.prototype = prototype;
  return Message as unknown as C;
}
