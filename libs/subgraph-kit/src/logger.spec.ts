import { Writable } from 'node:stream';
import { context, propagation, trace } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createLogger } from './logger';

/** Log lines join their trace by id (tracing on in this process, nothing exported). */
describe('createLogger: trace ids on log lines', () => {
  let provider: NodeTracerProvider;
  beforeAll(() => {
    provider = new NodeTracerProvider();
    provider.register();
  });
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  const capture = () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    return { lines, log: createLogger('events', 'info', stream) };
  };

  it("a line inside a span carries that span's trace and span ids; one outside carries none", async () => {
    const { lines, log } = capture();
    const ids = await trace.getTracer('logger-test').startActiveSpan('request', async (span) => {
      log.info({ eventId: 'e1' }, 'registration placed');
      span.end();
      return span.spanContext();
    });
    log.info('outside any span');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({
      msg: 'registration placed',
      trace_id: ids.traceId,
      span_id: ids.spanId,
    });
    expect(lines[1].msg).toBe('outside any span');
    expect(lines[1]).not.toHaveProperty('trace_id');
    expect(lines[1]).not.toHaveProperty('span_id');
  });

  it('still redacts personal data on a traced line', async () => {
    const { lines, log } = capture();
    await trace.getTracer('logger-test').startActiveSpan('request', async (span) => {
      log.info({ person: { displayName: 'Tracey Tracewell', email: 't@example.org' } }, 'x');
      span.end();
    });
    await new Promise((r) => setImmediate(r));
    expect(JSON.stringify(lines[0])).not.toMatch(/Tracewell|example\.org/);
    expect(lines[0].trace_id).toMatch(/^[0-9a-f]{32}$/);
  });
});
