import net from "node:net";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * The drain gate (src/http/shutdown.ts) counts the requests in flight; a response still under way when the drain
 * starts closes its kept-alive socket after it (`Connection: close` in its head), and a new request is refused.
 */
describe("drain gate", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(() => server?.close());

  it("counts a request in flight, and its answer after the drain says Connection: close", async () => {
    const { port } = new URL(server.url);
    const body = JSON.stringify({ query: "{ platforms { slug } }" });
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    // The head and half the body: the request has passed the gate and waits for the rest of its body.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    const deadline = Date.now() + 10_000;
    while (server.app.inFlight() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(server.app.inFlight()).toBe(1);
    server.app.drain();
    socket.write(body.slice(10));
    await ended; // the server closes the kept-alive socket after the answer
    const [head, json] = answer.split("\r\n\r\n");
    expect(head.split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
    expect(head.toLowerCase()).toContain("connection: close");
    expect(JSON.parse(json)).toEqual({
      data: { platforms: expect.arrayContaining([{ slug: "x" }]) },
      extensions: expect.any(Object),
    });
    expect(server.app.inFlight()).toBe(0);
    const refused = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("connection")).toBe("close");
  });
});
