import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { loadConfig } from '../../src/config';
import type { GatewayConfig } from '../../src/config';
import { createGatewayApp } from '../../src/gateway';
import { createLogger } from '../../src/logger';

export const TEST_INTERNAL_TOKEN_SECRET = 'test-internal-token-secret-0123456789abcdef';
export const TEST_JWT_SECRET = 'test-dev-issuer-secret-0123456789abcdefghij';

export interface RunningGateway {
  readonly config: GatewayConfig;
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** baseUrl + /graphql */
  readonly url: string;
  /** every log line the gateway wrote, raw */
  readonly logLines: string[];
  stop(): Promise<void>;
}

/**
 * Starts a real gateway on an ephemeral port from a supergraph written to a temporary file (the
 * same path a deployment uses), with its logs captured for assertions.
 */
export async function startGateway(
  supergraphSdl: string,
  env: Record<string, string>,
): Promise<RunningGateway> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ekst-gateway-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, supergraphSdl);
  const config = loadConfig({
    NODE_ENV: 'test',
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_TOKEN_SECRET,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'debug',
    SUPERGRAPH_PATH: supergraphPath,
    ...env,
  });
  const logLines: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void logLines.push(line) };
  const gateway = await createGatewayApp(config, {
    logger: createLogger(config.logLevel, destination),
  });
  const { port } = await gateway.start(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    config,
    baseUrl,
    url: `${baseUrl}/graphql`,
    logLines,
    async stop() {
      await gateway.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
