import './telemetry';
import { runGateway } from './cluster';
import { createGatewayApp } from './gateway';
import { loadConfig } from './config';
import { createLogger } from './logger';

/**
 * Bootstrap only: configuration, then the app in this process or in GATEWAY_WORKERS worker
 * processes (cluster.ts), with a graceful stop on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await runGateway(
    config,
    async () => {
      const gateway = await createGatewayApp(config, { logger });
      const { port } = await gateway.start(config.port);
      logger.info(
        { port, nodeEnv: config.nodeEnv, supergraph: config.supergraphPath, pid: process.pid },
        'gateway listening',
      );
      return gateway;
    },
    logger,
  );
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad configuration); the message never includes env values.
  process.stderr.write(
    `gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
