import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open-database";

/**
 * `npm run migration:generate -- <Name>`: applies the committed migrations to the configured database, compares the
 * entities with it, and writes the difference as `src/migrations/<timestamp>-<Name>.ts` for review. Add the class to
 * `src/migrations/index.ts` once reviewed.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    process.stderr.write("usage: npm run migration:generate -- <PascalCaseName>\n");
    process.exit(2);
  }
  const db = await openDatabase(loadConfig());
  try {
    await db.dataSource.runMigrations({ transaction: "each" });
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      process.stdout.write("No changes: the entities match the migrations.\n");
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => JSON.stringify(s);
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join("\n");
    const file = path.join(__dirname, "..", "db", "migrations", `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class ${className} implements MigrationInterface {\n  name = ${q(className)};\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    process.stdout.write(
      `Wrote ${path.relative(process.cwd(), file)}; review it, then add ${className} to src/migrations/index.ts\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
