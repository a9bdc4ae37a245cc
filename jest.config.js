/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // transpile only: type-checking is `npm run build`'s job, and decorator metadata is still emitted
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
    // jose ships ES modules only, which Node's require loads but jest's module system does not
    '/node_modules/jose/.+\\.js$': '<rootDir>/test/support/esm-package-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/jest-setup.ts'],
  testTimeout: 30000,
};
