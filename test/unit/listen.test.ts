import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";
import express from "express";
import { listen } from "../../src/http/listen";

/**
 * src/http/listen.ts: Node makes each request and response with the app's prototypes, so Express's per-request
 * `setPrototypeOf` changes nothing (a prototype change per request kept every request's objects alive through V8's
 * young-generation collections; bench/README.md). Seen before Express runs (the server's first `request` listener).
 */
describe("listen()", () => {
  it("makes requests and responses with the Express app's prototypes, and Express still answers", async () => {
    const app = express();
    app.get("/hello", (req, res) => {
      res.json({ path: req.path, ip: typeof req.ip });
    });
    const server = listen(app, 0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    const seen: Array<[object | null, object | null]> = [];
    server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
      seen.push([Object.getPrototypeOf(req) as object | null, Object.getPrototypeOf(res) as object | null]);
    });
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/hello?x=1`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ path: "/hello", ip: "string" });
      expect(seen).toHaveLength(1);
      expect(seen[0][0]).toBe(app.request);
      expect(seen[0][1]).toBe(app.response);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
