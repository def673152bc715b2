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
  // docker/ holds one Jest project itself (the compose consistency check).
  .concat([path.join(__dirname, 'docker')]);

module.exports = { projects, testTimeout: 60000 };
