/**
 * One jest configuration, four projects: unit (no database), int (Payload on a throw-away
 * SQLite file), e2e (the built app in headless Chromium), battery (attacks and load on the
 * built app). TypeScript is compiled by SWC and run as native ES modules
 * (NODE_OPTIONS=--experimental-vm-modules).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  testEnvironment: 'node',
  // Lexical's "node" entry points load their real module with a top-level await, which on
  // Node 20 sometimes never settles when several load at once (the process then exits early
  // with code 13). The "production" entry points are plain modules.
  testEnvironmentOptions: { customExportConditions: ['production', 'node', 'node-addons'] },
}

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/isolatedDatabase.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
    },
    // Reliability and security battery: small scale in `npm test`, full scale in
    // `npm run test:battery` (BATTERY=full). See tests/battery/report.ts.
    {
      ...shared,
      displayName: 'battery',
      testMatch: ['<rootDir>/tests/battery/**/*.battery.test.ts'],
    },
  ],
  testTimeout: 60_000,
}
