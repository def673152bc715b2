import { ServiceMetrics } from './metrics';

async function readyValue(metrics: ServiceMetrics): Promise<number | undefined> {
  const metric = await metrics.registry.getSingleMetric('ekst_ready')?.get();
  return metric?.values[0]?.value;
}

describe('ServiceMetrics: ekst_ready', () => {
  it('follows the readiness check at every scrape', async () => {
    let ready = false;
    const metrics = new ServiceMetrics('events', { isReady: () => ready });
    expect(await readyValue(metrics)).toBe(0);
    ready = true;
    expect(await readyValue(metrics)).toBe(1);
    expect(await metrics.registry.metrics()).toMatch(/^ekst_ready\{service="events"\} 1$/m);
  });

  it('reads an asynchronous check, and counts one that throws as not ready', async () => {
    let fail = false;
    const metrics = new ServiceMetrics('people', {
      isReady: async () => {
        await new Promise((r) => setImmediate(r));
        if (fail) throw new Error('database unreachable');
        return true;
      },
    });
    expect(await readyValue(metrics)).toBe(1);
    fail = true;
    expect(await readyValue(metrics)).toBe(0);
  });

  it('is not exported by a process without a readiness check', async () => {
    const metrics = new ServiceMetrics('portal');
    expect(metrics.registry.getSingleMetric('ekst_ready')).toBeUndefined();
    expect(await metrics.registry.metrics()).not.toContain('ekst_ready');
  });
});
