// @ts-check
/**
 * ESLint (flat config): typescript-eslint's recommended rules, Prettier owns formatting, and the layer rule of
 * docs/design.md §5: a folder imports only from the layers below it. Entry files (src/main.ts, src/server.ts,
 * src/cli/) may import anything.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

/** Top to bottom; each layer may import the ones after it, never the ones before it. */
const layers = [
  ["src/api", "src/http"],
  ["src/services"],
  ["src/schema"],
  ["src/request"],
  ["src/db"],
  ["src/auth"],
  ["src/entities"],
  ["src/domain"],
  ["src/errors"],
  ["src/config.ts", "src/logger.ts"],
];
const entries = ["src/main.ts", "src/server.ts", "src/cli"];
const zones = layers.flatMap((targets, index) =>
  targets.map((target) => ({
    target: `./${target}`,
    from: [...entries, ...layers.slice(0, index).flat(), ...targets.filter((t) => t !== target)].map((f) => `./${f}`),
    message: "Layers (docs/design.md §5): a layer imports only from the layers below it.",
  })),
);

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "data/",
      "coverage/",
      ".bench/",
      "bench/results/",
      "src/http/explorer/client.js",
      // The dashboard's built bundle and its generated types (npm run build:web, npm run codegen).
      "web/dist/",
      "web/src/gql/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { "import-x": importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".json"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones, basePath: import.meta.dirname }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // type-graphql's @Resolver(() => X) and class references in decorators need `Function` types.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    // The dashboard runs in the browser and imports nothing from the service (it uses only the public API).
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [{ target: "./web", from: "./src", message: "The dashboard uses only the public API, never src/." }],
          basePath: import.meta.dirname,
        },
      ],
    },
  },
  {
    files: ["test/ops/startup.test.ts"],
    // The test strips terminal colour codes (ESC) from a child process's output.
    rules: { "no-control-regex": "off" },
  },
  {
    // Tests read GraphQL answers as JSON of many shapes; typing each one would only restate the assertions.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
