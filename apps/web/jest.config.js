/**
 * Browser tests of the console (`*.e2e.ts`): real Chromium (Debian's, via playwright-core)
 * against the whole product booted once by e2e/support/global-setup.ts.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: "node",
  testMatch: ["**/e2e/**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/.next/"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/e2e/tsconfig.json" }],
  },
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/e2e/support/retry.ts"],
  testTimeout: 60000,
  // One browser and one product: run the files one after another.
  maxWorkers: 1,
};
