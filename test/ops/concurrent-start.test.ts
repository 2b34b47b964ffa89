import { Client } from "pg";
import { migrations } from "../../src/db/migrations";
import { isEmbedded } from "../helpers/test-server";
import { queryDatabase, serviceEnv, startService, type ServiceProcess } from "../helpers/service-process";

/**
 * Three instances started at once on an empty PostgreSQL database all come up: migrations and seeding run under an
 * advisory lock, one instance after the other, instead of racing (one used to exit 1 with a stack trace). The
 * embedded database allows one process per data directory (its lock file), so this concerns PostgreSQL only.
 */
const describeOnPostgres = isEmbedded() ? describe.skip : describe;
if (isEmbedded())
  console.info("concurrent starts: PostgreSQL only (run with DATABASE_URL); skipped on the embedded database");

describeOnPostgres("concurrent starts on an empty PostgreSQL database", () => {
  const name = `${process.env.TEST_DATABASE_NAME}_starts`;
  const admin = () => new Client({ connectionString: process.env.DATABASE_URL });
  let url: string;
  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("three instances at once: all come up, migrations applied once, the memo seeded once", async () => {
    const env = serviceEnv({ databaseUrl: url }, { SEED_ON_START: "true" });
    const services: ServiceProcess[] = await Promise.all([startService(env), startService(env), startService(env)]);
    try {
      await Promise.all(services.map((s) => s.waitFor(/GraphQL on http/)));
      for (const s of services) expect((await fetch(`${s.url}/ready`)).status).toBe(200);
      const applied = services.map((s) => Number(/Migrations: (\d+) applied/.exec(s.output())![1]));
      expect(applied.sort((a, b) => b - a)).toEqual([migrations.length, 0, 0]);
      expect(services.filter((s) => /Seed: loaded/.test(s.output()))).toHaveLength(1);
      for (const s of services) s.kill("SIGTERM");
      expect(await Promise.all(services.map((s) => s.exited))).toEqual([0, 0, 0]);
      expect(queryDatabase({ databaseUrl: url }, "SELECT count(*)::int AS n FROM province")).toEqual([{ n: 12 }]);
      expect(queryDatabase({ databaseUrl: url }, "SELECT count(*)::int AS n FROM typeorm_migrations")).toEqual([
        { n: migrations.length },
      ]);
    } finally {
      for (const s of services) s.kill("SIGKILL");
    }
  }, 400_000);
});
