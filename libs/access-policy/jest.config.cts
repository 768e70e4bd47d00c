const swcTransform = require('../../jest.swc.js');

module.exports = {
  displayName: 'access-policy',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform() },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '../../coverage/libs/access-policy',
};
