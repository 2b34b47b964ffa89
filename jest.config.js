/** Jest runs the TypeScript tests through SWC (decorator metadata on, as type-graphql needs). */
const fs = require("node:fs");
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, "utf8"));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swcrc, swcrc: false }] },
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  // A bound on hangs, never on speed: on a shared CI machine at load 20-30 a test may take many times its idle time.
  testTimeout: 600_000,
};
