import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGLITE_VERSION, TEMPLATE_FILE } from "../../src/db/template";

/** The embedded database's cold start: a new data directory is unpacked from the committed empty-cluster template. */
const root = path.join(__dirname, "../..");

async function probe(dataDir: string, sql: string): Promise<{ initialisedFrom: string; rows: unknown[] }> {
  // A child process: PGlite cannot start inside a jest worker.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["-r", "@swc-node/register", "test/helpers/embedded-template-probe.ts", dataDir, sql],
    { cwd: root, encoding: "utf8" },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

describe("embedded database template", () => {
  it("a template exists for the installed PGlite version (run `npm run db:template` after upgrading PGlite)", () => {
    expect(path.basename(TEMPLATE_FILE)).toBe(`pglite-${PGLITE_VERSION}.tar.gz`);
    expect(fs.existsSync(TEMPLATE_FILE)).toBe(true);
  });

  it("a new data directory starts from the template, keeps what is written, and is reopened as it is", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "smc-template-"));
    const dataDir = path.join(parent, "data");
    try {
      expect(await probe(dataDir, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42); SELECT 1 AS ok")).toEqual({
        initialisedFrom: "template",
        rows: [{ ok: 1 }],
      });
      expect(await probe(dataDir, "SELECT x FROM kept")).toEqual({ initialisedFrom: "existing", rows: [{ x: 42 }] });
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  }, 300_000);
});
