import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const Sequencer = require('./sequencer.js') as {
  new (opts: unknown): { recorded: Record<string, number>; sort(tests: FakeTest[]): FakeTest[] };
  estimateSeconds(file: string): number;
};

interface FakeTest {
  path: string;
  context: {
    config: { cache: boolean; cacheDirectory: string; id: string };
    hasteFS: unknown;
  };
  duration?: number;
}

const ROOT = path.resolve(__dirname, '../..');
const UNIT = path.join(ROOT, 'tools/test/readme-commands-check.spec.ts');
const DATABASE = path.join(ROOT, 'apps/events/test/registration-race.integration-spec.ts');
const STACK = path.join(ROOT, 'tools/seed/demo-seed.integration-spec.ts');
const E2E = path.join(ROOT, 'apps/e2e/test/platform.e2e-spec.ts');
const SHARED_A = path.join(ROOT, 'apps/e2e/test/finance.e2e-spec.ts');
const SHARED_B = path.join(ROOT, 'apps/e2e/test/people-journeys.e2e-spec.ts');
const MIDDLE = path.join(ROOT, 'apps/people/test/rollover.integration-spec.ts');

describe('test order (tools/test/sequencer.js)', () => {
  let cacheDirectory: string;
  beforeAll(() => {
    cacheDirectory = mkdtempSync(path.join(tmpdir(), 'ekst-seq-'));
  });
  afterAll(() => rmSync(cacheDirectory, { recursive: true, force: true }));

  const fake = (file: string): FakeTest => ({
    path: file,
    // no Jest cache (a fresh clone): the order comes from recorded or estimated durations
    context: {
      config: { cache: false, cacheDirectory, id: 'x' },
      hasteFS: { getSize: () => 0 },
    },
  });

  it('puts files that start a whole platform before database tests, and those before unit tests', () => {
    const order = new Sequencer({}).sort([fake(UNIT), fake(DATABASE), fake(STACK)]);
    expect(order.map((t) => path.relative(ROOT, t.path))).toEqual([
      path.relative(ROOT, STACK),
      path.relative(ROOT, DATABASE),
      path.relative(ROOT, UNIT),
    ]);
    expect(order.every((t) => typeof t.duration === 'number' && t.duration > 0)).toBe(true);
  });

  it('recognises a stack started through the e2e fixture, not only by the file name', () => {
    expect(Sequencer.estimateSeconds(E2E)).toBeGreaterThanOrEqual(60);
    expect(Sequencer.estimateSeconds(STACK)).toBeGreaterThanOrEqual(60);
    expect(Sequencer.estimateSeconds(DATABASE)).toBeLessThan(60);
    expect(Sequencer.estimateSeconds(path.join(ROOT, 'no/such/file.spec.ts'))).toBe(1);
  });

  it('runs the files on the shared stack one after another, placed by their summed time', () => {
    const seq = new Sequencer({});
    // each shared file is short alone (the stack is up already); together they outlast MIDDLE
    seq.recorded = {
      [path.relative(ROOT, STACK)]: 90,
      [path.relative(ROOT, E2E)]: 40,
      [path.relative(ROOT, DATABASE)]: 10,
      [path.relative(ROOT, MIDDLE)]: 6,
      [path.relative(ROOT, SHARED_A)]: 5,
      [path.relative(ROOT, SHARED_B)]: 2,
      [path.relative(ROOT, UNIT)]: 0.1,
    };
    const names = seq
      .sort([fake(UNIT), fake(SHARED_A), fake(MIDDLE), fake(STACK), fake(E2E), fake(SHARED_B)])
      .map((t) => path.relative(ROOT, t.path));
    expect(names).toEqual(
      [STACK, E2E, SHARED_A, SHARED_B, MIDDLE, UNIT].map((f) => path.relative(ROOT, f)),
    );
    expect(Sequencer.estimateSeconds(SHARED_A)).toBeGreaterThanOrEqual(60);
  });
});
