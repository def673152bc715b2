import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What the gateway knows about one HTTP request, filled in as it is processed and logged once
 * when the response is done. Deliberately has no room for variables, headers or the token.
 */
export interface RequestState {
  readonly requestId: string;
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
  /** why authentication failed (a jose code or our own), for the log only */
  authFailure: string | null;
}

/**
 * A client (or a load balancer) may supply its own request id so logs can be joined across
 * systems; it is echoed into logs and subgraph requests, so it must be a short, inert token.
 */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const states = new WeakMap<IncomingMessage, RequestState>();

export function requestStateOf(req: IncomingMessage): RequestState {
  const state = states.get(req);
  if (state === undefined) throw new Error('request state middleware has not run for this request');
  return state;
}

/** Assigns the request id, and logs one line per request with its outcome and duration. */
export function requestStateMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId =
      incoming !== undefined && CLIENT_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const state: RequestState = {
      requestId,
      operationName: null,
      operationType: null,
      errorCodes: [],
      authFailure: null,
    };
    states.set(req, state);
    res.setHeader(REQUEST_ID_HEADER, requestId);

    // The path only: a GET's query string carries the operation and its variables.
    const path = req.path;
    const started = process.hrtime.bigint();
    let logged = false;
    const logOnce = () => {
      if (logged) return;
      logged = true;
      const line = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        operationName: state.operationName,
        operationType: state.operationType,
        ...(state.errorCodes.length > 0 && { errorCodes: [...new Set(state.errorCodes)] }),
        ...(state.authFailure !== null && { authFailure: state.authFailure }),
        ...(!res.writableFinished && { aborted: true }),
      };
      // Probes hit the health endpoints every few seconds; at info they would drown the real traffic.
      if (path.startsWith('/health/')) logger.debug(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', logOnce);
    res.once('close', logOnce);
    next();
  };
}
