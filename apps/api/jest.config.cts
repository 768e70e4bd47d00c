const swcTransform = require('../../jest.swc.js');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform() },
  moduleFileExtensions: ['ts', 'js'],
  // One PostgreSQL for the run; every test file gets its own database from a template.
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 30_000,
  coverageDirectory: '../../coverage/apps/api',
};
