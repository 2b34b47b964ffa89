import net, { type AddressInfo, type Socket } from "node:net";

/**
 * A TCP proxy between the service and its database, for outage tests: `stop()` refuses new connections and cuts the
 * open ones (as a database that went down), `start()` listens again on the same port (the database is back),
 * `stall()` holds the database's answers back (a slow database) until `release()`; `stallWhen(text)` does so from the
 * moment the service sends a statement containing `text` (a transaction caught between two statements).
 */
export interface TcpProxy {
  port: number;
  /** `databaseUrl` with host and port replaced by the proxy's. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  stall(): void;
  stallWhen(text: string): void;
  release(): void;
  connections(): number;
}

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  // The embedded database is served on a Unix socket: its URL's host is the socket's directory, percent-encoded.
  const socketDir = decodeURIComponent(target.hostname);
  const connectUpstream = () =>
    socketDir.startsWith("/")
      ? net.connect(`${socketDir}/.s.PGSQL.${targetPort}`)
      : net.connect(targetPort, target.hostname);
  const sockets = new Set<Socket>();
  let stalled = false;
  let stallMarker: string | undefined;
  const held: Array<() => void> = [];
  const server = net.createServer((client) => {
    const upstream = connectUpstream();
    sockets.add(client).add(upstream);
    client.on("close", () => sockets.delete(client));
    upstream.on("close", () => sockets.delete(upstream));
    client.on("data", (chunk: Buffer) => {
      if (stallMarker !== undefined && chunk.includes(stallMarker)) stalled = true;
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (stalled) held.push(() => client.write(chunk));
      else client.write(chunk);
    });
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    port,
    url: url.toString(),
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      held.length = 0;
      await closed;
    },
    async start() {
      await new Promise<void>((resolve, reject) =>
        server.once("error", reject).listen(port, "127.0.0.1", () => resolve()),
      );
    },
    stall() {
      stalled = true;
    },
    stallWhen(text) {
      stallMarker = text;
    },
    release() {
      stalled = false;
      stallMarker = undefined;
      for (const write of held.splice(0)) write();
    },
    connections: () => sockets.size / 2,
  };
}
