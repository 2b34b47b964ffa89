import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { gracefulShutdown } from "../../src/http/shutdown";
import { hasActiveConnections } from "../../src/db/data-source";
import { startTestServer, type TestServer } from "../helpers/test-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

describe("graceful shutdown", () => {
  let proxy: TcpProxy;
  let server: TestServer;
  beforeAll(async () => {
    proxy = await startTcpProxy(process.env.TEST_DATABASE_URL!);
    server = await startTestServer({ databaseUrl: proxy.url });
  });
  afterAll(async () => {
    proxy.release();
    await server.close();
    await proxy.stop();
  });

  it("stops accepting, lets the in-flight request finish, then closes the pool", async () => {
    proxy.stall(); // the database is slow: the next request stays in flight
    const inFlight = server.gql("{ provinces { code } }");
    await new Promise((resolve) => setTimeout(resolve, 150));
    const order: string[] = [];
    const shutdown = gracefulShutdown({
      http: server.http,
      drain: () => {
        server.app.drain();
        order.push("drain");
      },
      busy: () => server.app.inFlight() > 0 || hasActiveConnections(server.dataSource),
      stopServer: async () => {
        order.push("stop apollo");
        await server.app.stop();
      },
      closeDatabase: async () => {
        order.push("close database");
        await server.dataSource.destroy();
      },
      timeoutMs: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // New connections are refused while the in-flight request is still running.
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(new URL(server.url).port), "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(false)));
      socket.once("error", () => resolve(true));
    });
    expect(refused).toBe(true);
    expect(order).toEqual(["drain"]);
    proxy.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.data!.provinces).toHaveLength(12);
    expect(await shutdown).toEqual({ inTime: true, closed: true });
    expect(order).toEqual(["drain", "stop apollo", "close database"]);
    expect(server.dataSource.isInitialized).toBe(false);
  });
});

const embedded = !process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE_KIND === "embedded";

describe(`Ctrl-C (SIGINT) on the real process (npm start, ${embedded ? "embedded database" : "PostgreSQL"})`, () => {
  it("shuts down cleanly: exit code 0, the pool closed (and the embedded database's lock released)", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smc-shutdown-"));
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As `npm start` runs it (Apollo installs its own signal handlers outside NODE_ENV=test; they must not interfere).
      NODE_ENV: "development",
      LOG_LEVEL: "info",
      PORT: String(port),
      DATA_DIR: dataDir,
      EXPLORER: "false",
      SEED_ON_START: "false",
    };
    // The same database as the other tests: the embedded one in a directory of its own, or the test PostgreSQL.
    if (embedded) delete env.DATABASE_URL;
    else env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      env,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      // Generous: start-up compiles the sources (swc) and, embedded, boots PGlite — slow on a busy 2-core machine.
      const deadline = Date.now() + 120_000;
      while (!/GraphQL on http/.test(output)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the service did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(200);
      child.kill("SIGINT"); // Ctrl-C
      expect(await exited).toBe(0);
      expect(output).toMatch(/"msg":"stopped"/);
      expect(output).toMatch(/"inTime":true/);
      if (embedded) expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
