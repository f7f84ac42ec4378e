/**
 * End-to-end tests (test/e2e): the built standalone page in Debian's Chromium through playwright-core.
 * `npm run test:e2e` builds the add-in for production first, then runs these one file at a time.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // A browser, a server and real downloads: generous, and never in parallel.
  testTimeout: 120000,
  maxWorkers: 1,
  // The list of what was checked, test by test.
  verbose: true,
};
