import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** `npm start`'s refusals, through a real process: each names what is wrong, in a line, before touching a database. */
const root = path.join(__dirname, "../..");
const start = (env: Record<string, string>) => {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return spawnSync(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
    cwd: root,
    env: { ...base, NODE_ENV: "development", DATA_DIR: path.join(root, "no-such-dir-used"), ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
};

it("bad configuration: one line per bad variable, exit 1", () => {
  const result = start({ LOG_LEVEL: "loud", DB_POOL_SIZE: "0", DATABASE_URL: "mysql://x@y/z", PORT: "http" });
  expect(result.status).toBe(1);
  const text = result.stderr.replace(/\x1b\[[0-9;]*m/g, "");
  expect(text).toContain("DATABASE_URL: must start with postgresql:// (got mysql://)");
  expect(text).toContain('DB_POOL_SIZE: must be a whole number of at least 1, got "0"');
  expect(text).toContain('LOG_LEVEL: Value "loud" not in choices');
  expect(text).toMatch(/PORT: /);
  expect(text).not.toMatch(/\n\s+at /); // no stack trace
});

it("a port in use: one line, before the database is opened", async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const result = start({ PORT: String(port) });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Start failed: Port ${port} on 127.0.0.1 is in use by another process; set PORT to another port.\n`,
    );
  } finally {
    blocker.close();
  }
});

it("an unreachable database: one line that says what to check, exit 1, no stack trace", async () => {
  const [dbPort, port] = [await freePort(), await freePort()];
  const result = start({ PORT: String(port), DATABASE_URL: `postgresql://postgres@127.0.0.1:${dbPort}/smc` });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    `Start failed: cannot reach the database (connect ECONNREFUSED 127.0.0.1:${dbPort}); check DATABASE_URL and that PostgreSQL runs.\n`,
  );
});

/** A loopback port nobody listens on (taken, then released). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
