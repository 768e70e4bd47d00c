// Named so that Nx does not infer a `test` target from it: the browser tests run
// against a built server, only through `nx run web-e2e:e2e` (`npm run e2e`).
const swcTransform = require('../../jest.swc.js');

module.exports = {
  displayName: 'web-e2e',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTransform() },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  // One real server for the whole run, started and stopped here.
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // Tests share the server's data (sign-in throttling counts per account): one at a time.
  maxWorkers: 1,
  testTimeout: 120_000,
};
