import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The fault hook kills its own process, so it runs in a child here. Its logger drops everything,
 * as an asynchronous logger's queued line is dropped by the SIGKILL: what the chaos suite reads
 * (the faulted batch's event ids) must still be on stderr.
 */
describe('crashIfFaultPoint', () => {
  it('says why on stderr, synchronously, before the process kills itself', () => {
    const script = `
      const { crashIfFaultPoint } = require(${JSON.stringify(path.join(__dirname, 'fault-injection'))});
      const dropped = { info() {}, warn() {}, error() {}, debug() {} };
      crashIfFaultPoint('relay-after-send', 'relay-after-send', dropped, { count: 2, eventIds: ['e1', 'e2'] });
      console.log('still alive');
    `;
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('still alive');
    const line = child.stderr
      .split('\n')
      .find((l) => l.includes('FAULT INJECTED: relay-after-send'));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      faultPoint: 'relay-after-send',
      count: 2,
      eventIds: ['e1', 'e2'],
    });
  }, 90_000);

  it('does nothing at a point that is not the configured one', () => {
    const script = `
      const { crashIfFaultPoint } = require(${JSON.stringify(path.join(__dirname, 'fault-injection'))});
      const dropped = { info() {}, warn() {}, error() {}, debug() {} };
      crashIfFaultPoint('consumer-after-commit', 'relay-after-send', dropped);
      crashIfFaultPoint(null, 'relay-after-send', dropped);
      console.log('still alive');
    `;
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('still alive');
    expect(child.stderr).not.toContain('FAULT INJECTED');
  }, 90_000);
});
