#!/usr/bin/env node
// Entry point of `npm start` and `npm test`: plain JavaScript so it runs on a fresh clone before
// any dependency is installed. It installs what is missing, then hands over to the TypeScript
// tool (run through @swc-node/register) with the same exit code.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`EKST needs Node.js 20 or newer (this is ${process.version}).`);
  process.exit(1);
}

function installIfNeeded() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  const stale =
    !fs.existsSync(marker) ||
    (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm ci installs exactly the committed lock file. Its output goes to a log, not the terminal:
  // a failure is one line here, the details are in the log.
  const log = path.join(root, '.data', 'npm-ci.log');
  fs.mkdirSync(path.dirname(log), { recursive: true });
  console.log('[ekst] installing dependencies (npm ci; a few minutes the first time) ...');
  const res = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(log, `${res.stdout ?? ''}${res.stderr ?? ''}`);
  if (res.status !== 0) {
    const reason =
      res.error?.message ??
      `${res.stderr ?? ''}`.split('\n').find((l) => /npm error (?!code)\S/.test(l)) ??
      `exit ${res.status}`;
    console.error(`[ekst] npm ci failed: ${reason.replace(/^npm error /, '')} (details: ${log})`);
    process.exit(res.status || 1);
  }
}

const scripts = { start: 'tools/dev/start.ts', test: 'tools/test/run-all.ts' };
const command = process.argv[2];
if (!scripts[command]) {
  console.error(`usage: node tools/bootstrap.js ${Object.keys(scripts).join('|')} [args]`);
  process.exit(2);
}
installIfNeeded();
const child = spawn(
  process.execPath,
  ['-r', '@swc-node/register', scripts[command], ...process.argv.slice(3)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
// Ctrl-C reaches the child through the terminal's process group; the child decides how to stop.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
