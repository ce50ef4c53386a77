/** Jest runs TypeScript through ts-jest as native ESM (the @actions toolkit majors are ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  transformIgnorePatterns: ['node_modules/(?!(@actions)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['**/tests/**/*.test.ts', '**/__tests__/**/*.test.ts'],
  // bench/.work holds the benchmarks' clones of real repositories: their tests and snapshot files are
  // not ours (jest would count each .snap there as obsolete and fail the run).
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/dist/',
    '<rootDir>/examples/',
    '<rootDir>/bench/.work/',
  ],
  // Fails a run that leaves new otai-* entries in the system temp directory (see the teardown).
  globalSetup: '<rootDir>/tests/support/tmp-guard-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/tmp-guard-teardown.mjs',
};
