import type { MigrationInterface, QueryRunner } from "typeorm";
import { seedDatabase } from "../../seeds/seed";
import { migrations } from "../../src/db/migrations";
import { changeEnum } from "../../src/db/migrations/enum-change";
import { startTestServer, type TestServer } from "../helpers/test-server";

/**
 * Every migration down and up again on a database with data (the seeded register), on whichever database the suite
 * runs on (embedded or PostgreSQL), and the helper for enum changes (issue 10, item 6) on the `purposes` array column
 * of the append-only status history.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Row count of every table of the schema (the migrations' own bookkeeping left out). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables: Array<{ name: string }> = await server.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = Number((await server.dataSource.query(`SELECT count(*)::int AS n FROM "${name}"`))[0].n);
  return counts;
}

async function undo(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await server.dataSource.undoLastMigration({ transaction: "each" });
}

const schemaDrift = async () =>
  (await server.dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

const purposes = async (): Promise<string[][]> =>
  (
    await server.dataSource.query(
      `SELECT purposes::text[] AS p FROM platform_status WHERE cardinality(purposes) > 0 ORDER BY id`,
    )
  ).map((r: { p: string[] }) => r.p);

describe("every migration down and up again, on the seeded register", () => {
  it("each down keeps the rows of every table it does not drop; up again restores the schema; the seed refills the rest", async () => {
    const seeded = await rowCounts();
    expect(seeded.province).toBe(12);
    expect(seeded.platform_status).toBeGreaterThan(0);

    // Down to the first migration, one at a time: every table still there keeps all its rows.
    for (let i = migrations.length - 1; i >= 1; i--) {
      await undo(1);
      const now = await rowCounts();
      // A table a down brings back (the `data_version` row that RegisterClock's down restores from its view) is new,
      // not kept: only the seeded tables are compared.
      for (const [table, n] of Object.entries(now))
        if (table in seeded) expect([table, n]).toEqual([table, seeded[table]]);
    }
    const executed = await server.dataSource.query(`SELECT count(*)::int AS n FROM typeorm_migrations`);
    expect(executed[0].n).toBe(1);

    // Up again: the schema is the entities' schema, the rows are still there, the seed adds only what a down dropped.
    await server.dataSource.runMigrations({ transaction: "each" });
    expect(await schemaDrift()).toEqual([]);
    await seedDatabase(server.dataSource);
    expect(await rowCounts()).toEqual(seeded);

    // The whole way down (the first migration drops every table) and up again, then the seed: the same register.
    await undo(migrations.length);
    expect(await rowCounts()).toEqual({});
    await server.dataSource.runMigrations({ transaction: "each" });
    expect(await schemaDrift()).toEqual([]);
    await seedDatabase(server.dataSource);
    expect(await rowCounts()).toEqual(seeded);

    // And the API answers from it.
    const res = await server.gql(`{ province(code: "Friesland") { code } }`);
    expect(res.data).toEqual({ province: { code: "PV21" } });
  });
});

/** A migration as one would write it to rename NEWS and remove INTERACTION from `purpose` (not part of the model). */
const OTHER_VALUES = ["ANNOUNCEMENTS", "STORIES_AND_ARTICLES", "VIDEO_ARCHIVE", "CAMPAIGNS"];
const PURPOSES_COLUMN = [{ table: "platform_status", column: "purposes", array: true, default: "'{}'" }];
class RenameNewsRemoveInteraction implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await changeEnum(queryRunner, {
      type: "purpose",
      values: ["NEWS_ITEMS", ...OTHER_VALUES],
      map: { NEWS: "NEWS_ITEMS", INTERACTION: null },
      columns: PURPOSES_COLUMN,
    });
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await changeEnum(queryRunner, {
      type: "purpose",
      values: ["NEWS", ...OTHER_VALUES, "INTERACTION"],
      map: { NEWS_ITEMS: "NEWS" },
      columns: PURPOSES_COLUMN,
    });
  }
}

describe("changeEnum: removing and renaming values of an enum used in an array column", () => {
  it("renames and removes values in `platform_status.purposes` (append-only) and back again", async () => {
    const S_I = ["STORIES_AND_ARTICLES", "INTERACTION"];
    expect(await purposes()).toEqual([["NEWS", "ANNOUNCEMENTS"], S_I, S_I, S_I, ["VIDEO_ARCHIVE"]]);
    // As the migration runner runs it: in a transaction, on its query runner (the embedded pool has one connection).
    await server.dataSource.transaction((em) => new RenameNewsRemoveInteraction().up(em.queryRunner!));
    const S = ["STORIES_AND_ARTICLES"];
    expect(await purposes()).toEqual([["NEWS_ITEMS", "ANNOUNCEMENTS"], S, S, S, ["VIDEO_ARCHIVE"]]);
    const [{ values }] = await server.dataSource.query(`SELECT enum_range(NULL::purpose)::text[] AS "values"`);
    expect(values).toEqual(["NEWS_ITEMS", "ANNOUNCEMENTS", "STORIES_AND_ARTICLES", "VIDEO_ARCHIVE", "CAMPAIGNS"]);
    // The history stays append-only: the conversion was DDL.
    await expect(server.dataSource.query(`UPDATE platform_status SET purposes = '{}'`)).rejects.toThrow(/append-only/);

    await server.dataSource.transaction((em) => new RenameNewsRemoveInteraction().down(em.queryRunner!));
    // The type is back; a removed value cannot come back with its data.
    expect(await purposes()).toEqual([["NEWS", "ANNOUNCEMENTS"], S, S, S, ["VIDEO_ARCHIVE"]]);
    expect(await schemaDrift()).toEqual([]);
  });

  it("a merge into an existing value keeps each value once, at its first position", async () => {
    let merged: string[][] = [];
    const rollback = new Error("rollback");
    await expect(
      server.dataSource.transaction(async (em) => {
        await changeEnum(em.queryRunner!, {
          type: "purpose",
          values: ["NEWS", "ANNOUNCEMENTS", "VIDEO_ARCHIVE", "CAMPAIGNS", "INTERACTION"],
          map: { STORIES_AND_ARTICLES: "NEWS", ANNOUNCEMENTS: "NEWS" },
          columns: PURPOSES_COLUMN,
        });
        merged = (
          await em.query(
            `SELECT purposes::text[] AS p FROM platform_status WHERE cardinality(purposes) > 0 ORDER BY id`,
          )
        ).map((r: { p: string[] }) => r.p);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // (INTERACTION was removed by the test above.)
    expect(merged).toEqual([["NEWS"], ["NEWS"], ["NEWS"], ["NEWS"], ["VIDEO_ARCHIVE"]]);
    const S = ["STORIES_AND_ARTICLES"];
    expect(await purposes()).toEqual([["NEWS", "ANNOUNCEMENTS"], S, S, S, ["VIDEO_ARCHIVE"]]);
  });
});
