// A project's own test timeout (jest.preset.js projectConfig's `testTimeout`), set in each of its
// test files before the tests are defined: Jest honours `testTimeout` only in the root config.
/* global jest, EKST_PROJECT_TEST_TIMEOUT */
jest.setTimeout(EKST_PROJECT_TEST_TIMEOUT);
