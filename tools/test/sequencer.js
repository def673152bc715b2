// The order Jest hands test files to its workers: the longest first, so the two workers of a
// 2-core run finish together instead of one running a 3-minute end-to-end file alone at the end.
//
// Jest's own sequencer orders by the durations it cached in an earlier run on this machine and,
// without that cache (a fresh clone, CI), by file size, which puts big unit-test files before
// short end-to-end ones. This one keeps the cache when it has it; otherwise it uses the durations
// recorded in tools/test/durations.json (seconds per file, from `npm test`'s
// .data/test-results.json via tools/test/record-durations.js), and for a file not recorded there
// an estimate from what the file does: a whole platform (TestStack) costs far more than a
// database, which costs more than a unit test.
const fs = require('node:fs');
const path = require('node:path');

// Jest's default sequencer, from the Jest that runs us (it is a dependency of jest-cli).
const { default: JestSequencer } = require(
  require.resolve('@jest/test-sequencer', {
    paths: [path.dirname(require.resolve('jest-cli/package.json'))],
  }),
);

const ROOT = path.resolve(__dirname, '../..');
const RECORDED = path.join(__dirname, 'durations.json');

/** Words that mean a file starts the whole platform as processes (e2e, browser, seed, chaos). */
const STACK = /new TestStack\(|startE2eStack\(|startBrowserHarness\(|sharedTestStack\(/;
/** A file on its worker's shared stack (sharedTestStack in @ekst/testing). */
const SHARED = /sharedTestStack\(/;

function usesSharedStack(file) {
  try {
    return SHARED.test(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The files on the workers' shared stack as one block, placed as one file taking their summed
 * time would be (longest first): a worker then runs them one after another on the stack it
 * started for the first, instead of stopping it for a file with a stack of its own and starting
 * it again for the next shared one. (Each of them alone is short, the stack being up already, so
 * sorted one by one they would all come last.)
 */
function groupShared(sorted) {
  const shared = sorted.filter((t) => usesSharedStack(t.path));
  if (shared.length < 2) return sorted;
  const total = shared.reduce((sum, t) => sum + (t.duration ?? 0), 0);
  const rest = sorted.filter((t) => !shared.includes(t));
  const at = rest.findIndex((t) => (t.duration ?? 0) < total);
  rest.splice(at < 0 ? rest.length : at, 0, ...shared);
  return rest;
}

function readRecorded() {
  try {
    return JSON.parse(fs.readFileSync(RECORDED, 'utf8')).seconds ?? {};
  } catch {
    return {};
  }
}

/** Seconds a file is expected to take when nothing was recorded for it. */
function estimateSeconds(file) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 1;
  }
  const kb = text.length / 1024;
  if (STACK.test(text)) return 60 + kb;
  if (/\.(integration|e2e)-spec\.ts$/.test(file)) return 10 + kb / 4;
  return 1 + kb / 20;
}

class LongestFirstSequencer extends JestSequencer {
  constructor(...args) {
    super(...args);
    this.recorded = readRecorded();
  }

  sort(tests) {
    const sorted = super.sort(tests);
    return Array.isArray(sorted) ? groupShared(sorted) : sorted.then(groupShared);
  }

  /** Jest's cached duration (ms) when this machine ran the file before, else recorded/estimated. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const rel = path.relative(ROOT, test.path).split(path.sep).join('/');
    const seconds = this.recorded[rel] ?? estimateSeconds(test.path);
    return Math.round(seconds * 1000);
  }
}

module.exports = LongestFirstSequencer;
module.exports.estimateSeconds = estimateSeconds;
module.exports.groupShared = groupShared;
