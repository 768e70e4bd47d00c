const swcTransform = require('../../jest.swc.js');

/**
 * The NL Design System's React packages ship only as ES modules ("import"
 * in their package exports). Jest runs CommonJS, so these few are resolved
 * with the "import" condition and compiled like our own code.
 */
const ESM_ONLY_PACKAGES = ['@utrecht', '@nl-design-system-candidate', '@amsterdam'];

module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  resolver: '<rootDir>/jest.resolver.cjs',
  transform: { '^.+\\.m?[tj]sx?$': swcTransform() },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)(?!.*/node_modules/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  coverageDirectory: '../../coverage/apps/web',
  // A page test renders, types and waits for answers; on a busy machine that takes more than Jest's 5 s.
  testTimeout: 20_000,
};
