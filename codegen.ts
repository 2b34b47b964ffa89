import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The typed client path (issue 13 item 4): TypeScript types for every operation the dashboard sends (web/src) and for
 * the README's examples (web/src/graphql/readme-examples.graphql), generated from the committed SDL
 * (src/api/schema.graphql) into web/src/gql/. `npm run codegen` regenerates them; test/unit/codegen.test.ts fails when
 * they are stale. The custom scalars arrive as JSON strings, so `Date` (YYYY-MM-DD) and `DateTime` (ISO 8601) are
 * `string`.
 */
const config: CodegenConfig = {
  schema: "src/api/schema.graphql",
  documents: ["web/src/**/*.ts", "web/src/**/*.tsx", "web/src/graphql/*.graphql", "!web/src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: "string", DateTime: "string", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
