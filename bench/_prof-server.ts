import "reflect-metadata";
import inspector from "node:inspector";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { createServer } from "../src/server";
import { logger } from "../src/logger";
async function main() {
  const config = loadConfig();
  logger.level = config.logLevel;
  const dataSource = createDataSource(config.databaseUrl!, config.dbPoolSize, { preparedStatements: config.dbPreparedStatements });
  await dataSource.initialize();
  const server = await createServer({ dataSource, config });
  const session = new inspector.Session();
  session.connect();
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  process.on("SIGUSR2", () => void post("Profiler.start"));
  const http = server.app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
  });
  process.on("SIGTERM", async () => {
    const { profile } = await post("Profiler.stop").catch(() => ({ profile: undefined }));
    if (profile) fs.writeFileSync(process.env.PROF_OUT ?? "/tmp/svc.cpuprofile", JSON.stringify(profile));
    process.exit(0);
  });
}
void main();
