/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // transpile only: `npm test` type-checks everything with tsc first; decorator metadata is still emitted
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
    // jose ships ES modules only, which Node's require loads but jest's module system does not
    '/node_modules/jose/.+\\.js$': '<rootDir>/test/support/esm-package-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/jest-setup.ts'],
  testTimeout: 30000,
  // a handle left open by a library (a browser, a socket) must not keep CI waiting after the run;
  // every suite still stops what it started in afterAll
  forceExit: true,
};
