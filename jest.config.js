/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 30000,
  // Servers and store clients are closed by each test; a fake channel that never answers (on
  // purpose) may still hold a socket: the run ends when the tests do, not when it lets go.
  forceExit: true,
};
