#!/usr/bin/env node
// Writes tools/test/durations.json (seconds per test file) from a Jest --json result, by default
// the one `npm test` leaves in .data/test-results.json, so a fresh clone's run orders files
// longest first (tools/test/sequencer.js). Files that failed keep their old entry. Run it after a
// full `npm test` on a quiet machine and commit the file:
//
//   node tools/test/record-durations.js [.data/test-results.json]
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const input = path.resolve(ROOT, process.argv[2] ?? '.data/test-results.json');
const output = path.join(__dirname, 'durations.json');

const results = JSON.parse(fs.readFileSync(input, 'utf8'));
const old = fs.existsSync(output) ? JSON.parse(fs.readFileSync(output, 'utf8')).seconds : {};
const seconds = { ...old };
for (const r of results.testResults) {
  if (r.status !== 'passed') continue;
  const rel = path.relative(ROOT, r.name).split(path.sep).join('/');
  seconds[rel] = Math.round((r.endTime - r.startTime) / 100) / 10;
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([, a], [, b]) => b - a));
fs.writeFileSync(
  output,
  `${JSON.stringify({ recordedFrom: path.relative(ROOT, input), seconds: sorted }, null, 2)}\n`,
);
const total = Object.values(sorted).reduce((a, b) => a + b, 0);
console.log(
  `${Object.keys(sorted).length} files, ${total.toFixed(0)} s in all, written to ${path.relative(ROOT, output)}`,
);
