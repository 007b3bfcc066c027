// The shared ESLint flat config: typescript-eslint's type-checked recommended set, no `any`,
// type-only imports marked, deprecated APIs caught. Each workspace passes its own directory.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * @param {{ tsconfigRootDir: string; ignores?: string[]; browser?: boolean }} options
 */
export function createConfig({ tsconfigRootDir, ignores = [], browser = false }) {
  return tseslint.config(
    { ignores: ["dist/**", ".next/**", "node_modules/**", "coverage/**", ...ignores] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: browser ? { ...globals.browser, ...globals.node } : globals.node,
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        "@typescript-eslint/no-deprecated": "error",
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      },
    },
    { files: ["**/*.mjs", "**/*.js", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
    { files: ["**/*.cjs", "jest.config.js"], languageOptions: { sourceType: "commonjs", globals: globals.node } },
  );
}
