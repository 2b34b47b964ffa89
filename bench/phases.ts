import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { execute, parse } from "graphql";
import { Pool, types } from "pg";
import { createDataSource } from "../src/db/data-source";
import { buildAppSchema } from "../src/api/schema";
import { createContext, newRequestState } from "../src/request/context";
import { ANONYMOUS } from "../src/auth/viewer";
import { ComparisonService } from "../src/services/comparison.service";
import { AS_OF, FLOOR_SQL, GRAPHQL_OPERATION, floorAnswer, type FloorRow } from "./question";

/**
 * `DATABASE_URL=postgresql://…/smc_bench_s35 node -r @swc-node/register bench/phases.ts [iterations]`: where one
 * request's milliseconds go, sequentially and without load (median of the iterations): the floor's SQL and its JSON;
 * the services' SQL + mapping (ComparisonService), GraphQL execution over their result, and serialisation.
 */
types.setTypeParser(types.builtins.DATE, (value: string) => value);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL (a benchmark database, e.g. …/smc_bench_s35) is required");
  const n = Number(process.argv[2] ?? 20);
  const ds = createDataSource(url, 5);
  await ds.initialize();
  const pool = new Pool({ connectionString: url, max: 2 });
  const schema = await buildAppSchema();
  const document = parse(GRAPHQL_OPERATION);
  const times: Record<string, number[]> = {};
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const result = await f();
    (times[name] ??= []).push(performance.now() - t);
    return result;
  };
  for (let i = 0; i < n + 3; i++) {
    const rows = await time("floor: SQL (1 statement)", () => pool.query<FloorRow>(FLOOR_SQL, [AS_OF]));
    await time("floor: shape + JSON.stringify", () => JSON.stringify({ data: floorAnswer(rows.rows) }));
    const ctx = createContext(ds, ANONYMOUS, newRequestState("phases"));
    await time("service: statusMatrix (3 SQL + mapping)", () => ComparisonService.statusMatrix(ctx, { asOf: AS_OF }));
    await time("service: valueMatrix (2 SQL + mapping)", () => ComparisonService.valueMatrix(ctx, { asOf: AS_OF }));
    const ctx2 = createContext(ds, ANONYMOUS, newRequestState("phases"));
    const result = await time("graphql: whole execute (SQL + mapping + resolvers)", () =>
      execute({ schema, document, contextValue: ctx2, variableValues: { asOf: AS_OF } }),
    );
    await time("graphql: JSON.stringify of the result", () => JSON.stringify(result));
    if (i < 3) for (const k of Object.keys(times)) times[k] = [];
  }
  for (const [name, values] of Object.entries(times)) {
    values.sort((a, b) => a - b);
    process.stdout.write(`${values[Math.floor(values.length / 2)].toFixed(1).padStart(8)} ms  ${name}\n`);
  }
  await pool.end();
  await ds.destroy();
}

void main();
