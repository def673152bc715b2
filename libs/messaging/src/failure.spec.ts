import { QueryFailedError } from 'typeorm';
import { backoffMs, classifyFailure, PoisonMessageError } from './failure';

const pgError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('classifyFailure', () => {
  it.each([
    ['08006', 'connection failure'],
    ['08001', 'cannot establish a connection'],
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
    ['55P03', 'lock not available'],
    ['57P01', 'admin shutdown (pg_terminate_backend, a restart)'],
    ['57P03', 'cannot connect now (starting up)'],
    ['53300', 'too many connections'],
  ])('SQLSTATE %s (%s) is transient', (code) => {
    expect(classifyFailure(pgError(code))).toBe('transient');
  });

  it('looks inside TypeORM’s QueryFailedError at the driver’s code', () => {
    const wrapped = new QueryFailedError('SELECT 1', [], pgError('40001'));
    expect(classifyFailure(wrapped)).toBe('transient');
    expect(classifyFailure(new QueryFailedError('SELECT 1', [], pgError('22P02')))).toBe('poison');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'])('network error %s is transient', (code) => {
    expect(classifyFailure(pgError(code))).toBe('transient');
  });

  it('node-postgres messages for a dropped or unobtainable connection are transient', () => {
    expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('transient');
    expect(classifyFailure(new Error('timeout exceeded when trying to connect'))).toBe('transient');
    expect(classifyFailure(new Error('outer', { cause: new Error('Connection terminated') }))).toBe(
      'transient',
    );
  });

  it('a handler’s PoisonMessageError, a ZodError and a data exception are poison', () => {
    expect(classifyFailure(new PoisonMessageError('no such survey, ever'))).toBe('poison');
    expect(classifyFailure(Object.assign(new Error('bad'), { name: 'ZodError' }))).toBe('poison');
    expect(classifyFailure(pgError('22007', 'invalid datetime format'))).toBe('poison');
  });

  it('anything else is unknown: retried a few times, then dead-lettered', () => {
    expect(classifyFailure(new Error('partner not projected yet'))).toBe('unknown');
    expect(classifyFailure(pgError('23505', 'duplicate key'))).toBe('unknown');
    expect(classifyFailure('a string')).toBe('unknown');
    expect(classifyFailure(null)).toBe('unknown');
  });
});

describe('backoffMs', () => {
  it('grows exponentially from the base, never past the cap, with full jitter', () => {
    expect(backoffMs(1, 200, 5000, () => 1)).toBe(200);
    expect(backoffMs(3, 200, 5000, () => 1)).toBe(800);
    expect(backoffMs(3, 200, 5000, () => 0)).toBe(200);
    expect(backoffMs(30, 200, 5000, () => 1)).toBe(5000);
    expect(backoffMs(30, 200, 5000, () => 0.5)).toBe(2600);
  });
});
