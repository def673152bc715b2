// The browser tests start the whole platform (TestStack offset 1900) and Debian's chromium.
module.exports = require('../../jest.preset').projectConfig(__dirname, {
  testTimeout: 180000,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/src/'],
});
