/**
 * Two projects:
 * - unit: src/**\/*.spec.ts, no database.
 * - integration: src/**\/*.integration-spec.ts, against one fresh, migrated
 *   database per run (test/global-setup.ts: DATABASE_URL, else a throwaway
 *   local PostgreSQL cluster, else embedded PGlite), whose URL the tests read
 *   from process.env.TEST_DATABASE_URL. The project's globalSetup runs only
 *   when at least one of its tests is selected.
 */
/** @type {import('jest').Config} */
const common = {
  testEnvironment: "node",
  testTimeout: 30000,
  setupFiles: ["reflect-metadata"],
  moduleFileExtensions: ["ts", "js", "json"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/*.spec.ts"],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/src/**/*.integration-spec.ts"],
      globalSetup: "<rootDir>/test/global-setup.ts",
      globalTeardown: "<rootDir>/test/global-teardown.ts",
    },
  ],
};
