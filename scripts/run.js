// Runs one entry point of the service (`node scripts/run.js src/main.ts`, used by `npm start`, `npm run token`, …):
// - NODE_ENV=production: the JavaScript that `npm run build` compiled into dist/ (no dev dependency needed, so it
//   works after `npm ci --omit=dev`);
// - otherwise: the TypeScript sources, compiled as they load by @swc-node/register (a dev dependency).
// Plain JavaScript on purpose: it must run before anything is compiled.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const entry = process.argv[2];
if (!entry || !entry.endsWith(".ts")) {
  process.stderr.write("usage: node scripts/run.js <src/…/file.ts> [arguments]\n");
  process.exit(2);
}
process.argv.splice(2, 1); // the entry point sees its own arguments at process.argv[2…], as with `node file`
const root = path.join(__dirname, "..");

if (process.env.NODE_ENV === "production") {
  const built = path.join(root, "dist", entry.replace(/\.ts$/, ".js"));
  if (!fs.existsSync(built)) {
    process.stderr.write(
      `Start failed: ${path.relative(process.cwd(), built)} does not exist. NODE_ENV=production runs the build: ` +
        "run `npm ci && npm run build` first (see the README, Production).\n",
    );
    process.exit(1);
  }
  require(built);
} else {
  try {
    require.resolve("@swc-node/register");
  } catch {
    process.stderr.write(
      "Start failed: @swc-node/register (a dev dependency) is not installed. Run `npm ci` for development, " +
        "or set NODE_ENV=production to run the build in dist/.\n",
    );
    process.exit(1);
  }
  require("@swc-node/register");
  require(path.join(root, entry));
}
