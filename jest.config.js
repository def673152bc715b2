// One Jest run over every project, so `npm test` reports one total.
const fs = require('node:fs');
const path = require('node:path');

const projects = ['apps', 'libs', 'tools']
  .flatMap((top) =>
    fs.existsSync(path.join(__dirname, top))
      ? fs.readdirSync(path.join(__dirname, top)).map((d) => path.join(__dirname, top, d))
      : [],
  )
  .filter((dir) => fs.existsSync(path.join(dir, 'jest.config.js')))
  // docker/ and deploy/ hold one Jest project each (the compose consistency check; the rendered
  // Kubernetes manifests' freshness and schema validation).
  .concat([path.join(__dirname, 'docker'), path.join(__dirname, 'deploy')]);

module.exports = {
  projects,
  testTimeout: 60000,
  // The longest files first (end-to-end stacks before unit tests), also on a fresh clone.
  testSequencer: path.join(__dirname, 'tools', 'test', 'sequencer.js'),
  // The e2e stack each worker shares between files (sharedTestStack in @ekst/testing) is removed
  // after the last file, and one left by a killed run before the first.
  globalSetup: path.join(__dirname, 'tools', 'test', 'shared-stacks.js'),
  globalTeardown: path.join(__dirname, 'tools', 'test', 'shared-stacks.js'),
};
