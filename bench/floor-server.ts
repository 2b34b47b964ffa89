import http from "node:http";
import type { AddressInfo } from "node:net";
import { Pool, types } from "pg";
import { AS_OF, FLOOR_SQL, floorAnswer, type FloorRow } from "./question";

/**
 * The floor: the smallest honest endpoint for the benchmark's question — node:http, a pg pool and ONE hand-written
 * SQL statement; rows are shaped into the same JSON as the GraphQL answer. Started as a child process by run.ts;
 * prints `{"port":…}` when it listens.
 */
types.setTypeParser(types.builtins.DATE, (value: string) => value);

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    pool.query<FloorRow>(FLOOR_SQL, [AS_OF]).then(
      (result) => {
        const body = JSON.stringify({ data: floorAnswer(result.rows), extensions: { sqlStatements: 1 } });
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(body),
        });
        res.end(body);
      },
      (error: Error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error.message);
      },
    );
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
