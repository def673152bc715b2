// Shared Jest settings: @swc/jest (native, no type-checking per test; `npm run typecheck` does that).
const path = require('node:path');
const swcrc = JSON.parse(require('node:fs').readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;

/**
 * @param {string} dir project directory
 * @param {object} overrides project options; `testTimeout` (ms) among them is applied through
 *   jest.setTimeout in every test file of the project, since Jest reads `testTimeout` from the root
 *   configuration only and ignores it inside `projects` (jestjs/jest#9696): the root's 60 s would
 *   otherwise apply to the browser and whole-platform journeys too.
 */
function projectConfig(dir, overrides = {}) {
  const { testTimeout, ...rest } = overrides;
  return {
    displayName: path.relative(__dirname, dir),
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: [
      '<rootDir>/**/*.spec.ts',
      '<rootDir>/**/*.integration-spec.ts',
      '<rootDir>/**/*.e2e-spec.ts',
    ],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    // jose 6 ships ESM only; Jest's CommonJS runtime needs it transformed like our own code.
    transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
    setupFiles: ['reflect-metadata'],
    ...(testTimeout === undefined
      ? {}
      : {
          globals: { EKST_PROJECT_TEST_TIMEOUT: testTimeout },
          setupFilesAfterEnv: [path.join(__dirname, 'tools', 'test', 'project-timeout.js')],
        }),
    ...rest,
  };
}
module.exports = { projectConfig };
