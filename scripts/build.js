// `npm run build`: compiles src/ and seeds/ to JavaScript in dist/ (tsconfig.build.json) for the production start
// (`NODE_ENV=production npm start`, the Dockerfile), which needs no dev dependency. dist/ is emptied first so that
// no file of a removed source survives. The explorer's browser entry (plain JavaScript, bundled by esbuild when the
// explorer is first served) is copied beside its compiled bundler, where src/http/explorer/build.ts looks for it.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
const client = path.join("src", "http", "explorer", "client.js");
fs.copyFileSync(path.join(root, client), path.join(dist, client));
// The embedded database's empty-cluster template (src/db/template.ts), beside its compiled module.
fs.cpSync(path.join(root, "src", "db", "template"), path.join(dist, "src", "db", "template"), { recursive: true });
process.stdout.write(
  `Built ${path.relative(process.cwd(), dist) || "."}: start it with NODE_ENV=production npm start\n`,
);
