import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents for the console.
 * Reads the committed ./schema.graphql (never a live server) so the output is reproducible:
 * `npm run codegen` followed by `git diff --exit-code apps/web/src/gql` must be clean in CI.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: "./schema.graphql",
  documents: ["apps/web/src/**/*.{ts,tsx}", "!apps/web/src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "apps/web/src/gql/": {
      preset: "client",
      presetConfig: {
        // Components read the operation result types directly; no fragment masking helpers.
        fragmentMasking: false,
      },
      config: {
        scalars: {
          DateTime: "string",
          JSON: "unknown",
          // integer 分 (the Fen scalar is a safe integer on the wire)
          Fen: "number",
        },
        strictScalars: true,
        enumType: "string-literal",
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
