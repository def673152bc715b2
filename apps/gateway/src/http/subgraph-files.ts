import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { VerifyCaller } from '../auth/verify-caller';
import { CallerRejectedError } from '../auth/verify-caller';

/**
 * Files a subgraph makes beside the graph (iCalendar feeds, CSV, the annual report) reach the
 * outside only through the gateway: it authenticates the caller, signs an internal token for the
 * subgraph and streams the answer through. These are the two halves every such route shares.
 */
export interface FileUpstream {
  /** the subgraph's origin, e.g. http://events:4003 */
  base: string;
  /** the subgraph's name: the internal token's audience */
  audience: string;
  internalTokenSecret: string;
  log: Logger;
}

const DEFAULT_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];

/**
 * Streams `GET <base>/internal<path>` to `res` as `caller`: the status and `headers` are passed
 * through; a stream that breaks half way is logged (with `logPath`, so secrets in the URL stay
 * out of the log) and the response destroyed, never left hanging.
 */
export async function forwardFile(
  upstreamOpts: FileUpstream,
  res: Response,
  path: string,
  caller: Caller,
  opts: { timeoutMs?: number; headers?: readonly string[]; logPath?: string } = {},
): Promise<void> {
  const token = await signInternalToken(caller, {
    secret: upstreamOpts.internalTokenSecret,
    audience: upstreamOpts.audience,
  });
  const upstream = await fetch(`${upstreamOpts.base}/internal${path}`, {
    headers: { [INTERNAL_TOKEN_HEADER]: token },
    signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
  });
  res.status(upstream.status);
  for (const h of opts.headers ?? DEFAULT_HEADERS) {
    const v = upstream.headers.get(h);
    if (v) res.setHeader(h, v);
  }
  if (!upstream.body) return void res.end();
  Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>)
    .on('error', (err) => {
      upstreamOpts.log.warn({ err: err.message, path: opts.logPath ?? path }, 'file proxy failed');
      res.destroy(err);
    })
    .pipe(res);
}

const errorBody = (message: string, code: string) => ({
  errors: [{ message, extensions: { code } }],
});

/**
 * Express handler for a route only a signed-in person may use: no credentials → 401
 * UNAUTHENTICATED; an API key → 403 FORBIDDEN (these files are not in the public contract); a
 * rejected token → 401 with the reason. The subgraph then decides what this person may have.
 */
export const signedInPerson =
  (
    verifyCaller: VerifyCaller,
    handler: (req: Request, res: Response, caller: Caller) => Promise<void>,
  ) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const caller = await verifyCaller(req.headers.authorization);
      if (caller.kind === 'anonymous')
        return void res.status(401).json(errorBody('Authentication required', 'UNAUTHENTICATED'));
      if (caller.kind === 'api-key')
        return void res
          .status(403)
          .json(errorBody('API keys may use the public contract only', 'FORBIDDEN'));
      await handler(req, res, caller);
    } catch (err) {
      if (err instanceof CallerRejectedError)
        return void res.status(401).json(errorBody(err.message, 'UNAUTHENTICATED'));
      next(err);
    }
  };
