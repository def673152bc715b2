import './telemetry';
import { createGatewayApp } from './gateway';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** Bootstrap only: configuration, the app, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const gateway = await createGatewayApp(config, { logger });
  const { port } = await gateway.start(config.port);
  logger.info(
    { port, nodeEnv: config.nodeEnv, supergraph: config.supergraphPath },
    'gateway listening',
  );

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
    setTimeout(() => process.exit(1), 15_000).unref();
    gateway.stop().then(
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
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad configuration); the message never includes env values.
  process.stderr.write(
    `gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
