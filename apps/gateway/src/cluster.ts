import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import type { GatewayConfig } from './config';
import { createLogger } from './logger';

/** What runGateway needs of a started gateway (GatewayApp has it). */
export interface StoppableGateway {
  stop(): Promise<void>;
}

/** How long a drain may take before the process gives up and exits 1 (the grace is 10 s). */
const SHUTDOWN_DEADLINE_MS = 15_000;
const READY = 'ekst-gateway-ready';

/**
 * Runs the gateway in this process (GATEWAY_WORKERS=1, the default) or as a primary with that
 * many worker processes sharing the port (node:cluster, connections handed out round-robin):
 * one gateway per core, since a gateway's work is CPU-bound JavaScript.
 *
 * The primary serves nothing itself. It starts the workers, replaces one that dies, holds the
 * in-memory rate-limit counters all workers share (rate-limiter-flexible's cluster limiter, over
 * IPC: a budget stays one budget however many workers count it), and on SIGTERM/SIGINT asks each
 * worker to drain (each answers its requests in flight, as a single process does) and exits 0
 * when all have. A second signal exits at once (130). Resolves once every worker accepts
 * requests.
 */
export async function runGateway(
  config: GatewayConfig,
  start: () => Promise<StoppableGateway>,
  logger: Logger = createLogger(config.logLevel),
): Promise<void> {
  if (config.workers > 1 && cluster.isPrimary) {
    await runPrimary(config.workers, logger);
    return;
  }
  const gateway = await start();
  if (cluster.isWorker) {
    // The primary relays SIGINT/SIGTERM as one SIGTERM; a Ctrl-C reaching the whole process group
    // must not count as a second signal here and cut the drain short.
    process.on('SIGINT', () => undefined);
    onSignals(logger, () => gateway.stop(), ['SIGTERM']);
    process.send?.({ type: READY });
    return;
  }
  onSignals(logger, () => gateway.stop());
}

async function runPrimary(workers: number, logger: Logger): Promise<void> {
  // Created before any worker: the workers' limiters register with it by key prefix.
  new RateLimiterClusterMaster();
  let stopping = false;
  const live = new Set<Worker>();
  const fork = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      live.add(worker);
      const onMessage = (msg: unknown) => {
        if ((msg as { type?: string } | null)?.type !== READY) return;
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        reject(new Error(`gateway worker exited before it was ready (${signal ?? code})`));
        if (stopping) return;
        logger.error(
          { pid: worker.process.pid, code, signal },
          'gateway worker died; replacing it',
        );
        fork().catch((err: unknown) =>
          logger.error({ err: err instanceof Error ? err.message : String(err) }, 'respawn failed'),
        );
      });
    });
  await Promise.all(Array.from({ length: workers }, fork));
  logger.info({ workers }, 'gateway workers ready');
  onSignals(logger, async () => {
    stopping = true;
    await Promise.all(
      [...live].map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            // The worker's own handler drains it, exactly as a single process drains.
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  });
}

/** Graceful stop on the first SIGTERM/SIGINT (bounded), immediate exit on the second. */
function onSignals(
  logger: Logger,
  stop: () => Promise<void>,
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal: the operator (or orchestrator) will not wait for the drain.
      logger.error({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Belt and braces: if draining hangs, the orchestrator would kill us anyway; exit first.
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    stop().then(
      () => {
        logger.info({ signal }, 'shutdown complete');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err: err instanceof Error ? err.message : String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, shutdown);
}
