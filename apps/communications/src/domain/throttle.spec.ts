import { throttleDelayMs } from './throttle';

const now = new Date('2026-12-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('per-recipient throttle', () => {
  it('lets a send through while the window has room', () => {
    expect(throttleDelayMs([], now, 3, 60_000)).toBe(0);
    expect(throttleDelayMs([ago(1000), ago(2000)], now, 3, 60_000)).toBe(0);
  });

  it('ignores sends older than the window', () => {
    expect(throttleDelayMs([ago(61_000), ago(70_000), ago(80_000)], now, 3, 60_000)).toBe(0);
  });

  it('when full, waits until the oldest send in the window leaves it', () => {
    expect(throttleDelayMs([ago(50_000), ago(10_000), ago(5_000)], now, 3, 60_000)).toBe(10_000);
    expect(
      throttleDelayMs([ago(59_000), ago(50_000), ago(10_000), ago(5_000)], now, 3, 60_000),
    ).toBe(10_000);
  });
});
