import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

/**
 * The typed client (issue 13 item 4): web/src/gql/ is what `npm run codegen` makes from the committed SDL and the
 * dashboard's documents (and the README's examples). Fails when a document or the schema changed without
 * regenerating. GraphQL Code Generator runs in its own Node process (it loads ES modules Jest's runtime cannot).
 */
const GENERATE = `
const { generate } = require("@graphql-codegen/cli");
const config = require("./codegen.ts").default;
generate({ ...config, silent: true }, false).then((files) => {
  process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content }))));
});
`;

describe("generated GraphQL types (npm run codegen)", () => {
  it("are up to date with src/api/schema.graphql and the documents", () => {
    const root = path.join(__dirname, "..", "..");
    const out = execFileSync(process.execPath, ["-r", "@swc-node/register", "-e", GENERATE], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = JSON.parse(out.toString()) as Array<{ filename: string; content: string }>;
    expect(files.map((f) => path.relative(root, path.resolve(root, f.filename))).sort()).toEqual([
      "web/src/gql/gql.ts",
      "web/src/gql/graphql.ts",
      "web/src/gql/index.ts",
    ]);
    for (const file of files) {
      const committed = fs.readFileSync(path.resolve(root, file.filename), "utf8");
      expect({ file: file.filename, content: committed }).toEqual({ file: file.filename, content: file.content });
    }
    // Date and DateTime are strings in the generated types; the README's examples are typed too.
    const types = fs.readFileSync(path.join(root, "web/src/gql/graphql.ts"), "utf8");
    expect(types).toContain(
      "export type ReadmeStatusMatrixQuery = { statusMatrix: { rows: Array<{ province: { code: string, name: string }, " +
        "cells: Array<{ status: ComparisonStatus, statusLabel: string, validFrom: string | null, platform: { slug: string } }> }> } };",
    );
    expect(types).toMatch(/export type LatestRecordedQuery = .*validFrom: string, .*recordedAt: string, /);
  }, 600_000);
});
