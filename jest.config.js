/** Jest runs the TypeScript tests through ts-jest (transpile only: `npm run typecheck` checks types). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, resolveJsonModule: true, target: 'ES2020' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
