const swcTransform = require('../../jest.swc.js');

module.exports = {
  displayName: 'api-bench',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform() },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '../../coverage/apps/api-bench',
};
