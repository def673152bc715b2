import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { requestStateOf } from './request-state.middleware';

/**
 * Errors outside GraphQL execution (a body that is not JSON, too large, an unknown path) answer in
 * the same JSON shape as GraphQL errors, never Express's HTML page (which shows a stack trace
 * outside production), and never echo what the client sent.
 */
type HttpErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

function sendError(res: Response, status: number, code: HttpErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The shape of body-parser's errors (from http-errors). */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { type?: unknown }).type === 'string' &&
    typeof (err as { status?: unknown }).status === 'number'
  );
}

export function bodyErrorHandler(bodyLimit: string): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (!isBodyParserError(err) || res.headersSent) {
      next(err);
      return;
    }
    requestStateOf(req).errorCodes.push(err.type);
    switch (err.type) {
      case 'entity.too.large':
        sendError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `Request body is larger than the limit of ${bodyLimit}`,
        );
        return;
      case 'entity.parse.failed':
        // body-parser's message quotes part of the body; ours does not.
        sendError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendError(
          res,
          415,
          'BAD_REQUEST',
          'Unsupported content encoding or charset: send UTF-8 JSON',
        );
        return;
      default:
        if (err.status >= 400 && err.status < 500) {
          sendError(res, 400, 'BAD_REQUEST', 'Invalid request body');
          return;
        }
        next(err);
    }
  };
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  sendError(res, 404, 'NOT_FOUND', 'Not found');
};

export function unexpectedErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    logger.error(
      {
        requestId: requestStateOf(req).requestId,
        err:
          err instanceof Error
            ? { name: err.name, message: err.message, stack: err.stack }
            : String(err),
      },
      'unhandled error in HTTP handling',
    );
    if (res.headersSent) {
      next(err);
      return;
    }
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
