/** Unit specs live next to the code; workflow and e2e specs under test/ need the infrastructure `npm test` starts. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// The production-engine smoke needs the Temporal server on PostgreSQL (`TEMPORAL_ENGINE=server npm test`).
const onProductionEngine = ['server', 'cluster'].includes(process.env.TEMPORAL_ENGINE ?? 'dev');

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows', '<rootDir>/activities', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(onProductionEngine ? [] : ['<rootDir>/test/engine/'])],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@libs/([\\w-]+)$': '<rootDir>/libs/$1/src',
    '^@libs/([\\w-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
    '^@workflows$': '<rootDir>/workflows',
    '^@workflows/(.*)$': '<rootDir>/workflows/$1',
    '^@activities$': '<rootDir>/activities',
    '^@activities/(.*)$': '<rootDir>/activities/$1',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Every API answer in the e2e suites is checked against the OpenAPI document.
  setupFilesAfterEnv: ['<rootDir>/test/support/response-contract.setup.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
