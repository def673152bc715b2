import { CLIENT_ERROR_CODES } from '@ekst/auth';
import pino from 'pino';
import { makeFormatError } from './errors';

const silent = pino({ level: 'silent' });
const format = makeFormatError(silent);

describe('makeFormatError: the one list of client error codes', () => {
  it('passes every code of the shared list (the gateway uses the same one), without a stack', () => {
    for (const code of CLIENT_ERROR_CODES) {
      const out = format(
        { message: 'refused', path: ['x'], extensions: { code, stacktrace: ['at secret.ts:1'] } },
        new Error('refused'),
      );
      expect(out).toEqual({ message: 'refused', path: ['x'], extensions: { code } });
    }
  });

  it('masks anything else as a bare internal error', () => {
    const out = format(
      {
        message: 'relation "survey" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      new Error('relation "survey" does not exist'),
    );
    expect(out).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
