/** Jest runs the TypeScript tests through ts-jest (transpile only: `npm run typecheck` checks types). */
// The script's time zone, as Apps Script runs it (appsscript.json "timeZone"): the tests' local
// time. The fakes' spreadsheets have their own zone (Asia/Almaty unless a test gives another),
// and the tests of time zones use a spreadsheet in another zone.
process.env.TZ = 'Asia/Almaty';
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
