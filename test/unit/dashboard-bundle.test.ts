import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

/**
 * The dashboard's bundle is committed (web/dist), so that `npm ci && npm start` serves it with no build step. This test
 * builds web/ again into a temporary folder and fails when the result differs from what is committed: run
 * `npm run build:web` after changing web/.
 */
describe("committed dashboard bundle (web/dist)", () => {
  it("is what `npm run build:web` makes from web/", () => {
    const root = path.join(__dirname, "..", "..");
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "smc-web-"));
    try {
      execFileSync(
        process.execPath,
        [
          path.join(root, "node_modules", "vite", "bin", "vite.js"),
          "build",
          "--config",
          "web/vite.config.mts",
          "--outDir",
          out,
          "--emptyOutDir",
        ],
        { cwd: root, stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } },
      );
      const built = listFiles(out);
      const committed = listFiles(path.join(root, "web", "dist"));
      expect(committed).toEqual(built);
      for (const file of built) {
        const fresh = fs.readFileSync(path.join(out, file));
        const kept = fs.readFileSync(path.join(root, "web", "dist", file));
        expect({ file, same: fresh.equals(kept) }).toEqual({ file, same: true });
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}
