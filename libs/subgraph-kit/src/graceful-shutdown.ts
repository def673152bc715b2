import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Whether the process still takes work. Flipped once, on the first SIGTERM/SIGINT: readiness
 * answers 503 from then on, and every response asks its client to close the connection, so
 * keep-alive clients (the gateway's agent) reconnect to another instance.
 */
export class Lifecycle {
  private draining = false;

  get accepting(): boolean {
    return !this.draining;
  }

  beginDrain(): void {
    this.draining = true;
  }

  /** Express middleware: `Connection: close` on every response once draining. */
  readonly closeConnectionsWhenDraining = (
    _req: Request,
    res: Response,
    next: NextFunction,
  ): void => {
    if (this.draining) res.setHeader('connection', 'close');
    next();
  };
}

/**
 * Stops accepting connections and waits for the requests in flight, bounded by `graceMs`; then
 * the connections still open are cut. Idle keep-alive connections are closed as they become idle
 * (`close()` alone would wait for them until their keep-alive timeout).
 */
export async function drainHttpServer(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cutOff = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cutOff);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Installs the signal handlers of a process that drains on the first SIGTERM/SIGINT and exits at
 * once (code 130) on a second: an operator pressing Ctrl-C twice, or an orchestrator that gave up.
 */
export function onTerminationSignals(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  log: { info(o: object, m: string): void; error(o: object, m: string): void },
): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.error({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    log.info({ signal }, 'shutting down: draining');
    stop(signal).then(
      () => {
        log.info({ signal }, 'shutdown complete');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
