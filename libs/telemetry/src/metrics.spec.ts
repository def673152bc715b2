import type { AddressInfo } from 'node:net';
import express from 'express';
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

describe('ServiceMetrics: ekst_http_requests_in_flight', () => {
  it('counts requests received and not yet answered, by first path segment, back to 0 after', async () => {
    const metrics = new ServiceMetrics('gateway');
    const app = express();
    app.use(metrics.httpMiddleware());
    const held: Array<() => void> = [];
    app.post('/graphql', (_req, res) => held.push(() => res.json({ data: {} })));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const inFlight = async () =>
      (await metrics.registry.getSingleMetric('ekst_http_requests_in_flight')?.get())?.values.find(
        (v) => v.labels.route === '/graphql',
      )?.value ?? 0;
    try {
      const answers = Array.from({ length: 3 }, () => fetch(url, { method: 'POST' }));
      while (held.length < 3) await new Promise((r) => setTimeout(r, 5));
      expect(await inFlight()).toBe(3);
      held.splice(0, 2).forEach((answer) => answer());
      // the two answered leave it as their responses end (which of the fetches they are varies)
      for (let i = 0; i < 200 && (await inFlight()) > 1; i++)
        await new Promise((r) => setTimeout(r, 5));
      expect(await inFlight()).toBe(1);
      held.splice(0).forEach((answer) => answer());
      await Promise.all(answers);
      expect(await inFlight()).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
