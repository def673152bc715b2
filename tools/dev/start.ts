/**
 * `npm start`: PostgreSQL, Kafka and a mail catcher, six migrated subgraphs, the gateway, demo data, and a demo
 * token; Ctrl-C stops everything this command started.
 */
import net from 'node:net';
import path from 'node:path';
import {
  buildApps,
  ensureKafka,
  ensureMailCatcher,
  ensurePostgres,
  GATEWAY_PORT,
  redactUrl,
  Stack,
  stopKafka,
  SUBGRAPHS,
} from '@ekst/platform';
import { devUserToken } from '@ekst/testing';
import { DEMO_PASSWORD, seedDemo, seedOptionsFor } from '../seed/demo-seed';
// The portal's own static server and build check (apps/portal/server), started beside the stack.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ensurePortalBuilt, PORTAL_PORT } from '../../apps/portal/server/portal-build';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startPortalServer } from '../../apps/portal/server/portal-server';

const ROOT = path.resolve(__dirname, '../..');
const say = (msg: string) => process.stdout.write(`[ekst] ${msg}\n`);

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  const ports = [GATEWAY_PORT, ...SUBGRAPHS.map((s) => s.port), PORTAL_PORT];
  const busy = [];
  for (const p of ports) if (await portInUse(p)) busy.push(p);
  if (busy.length) {
    say(
      `port(s) ${busy.join(', ')} already in use: is another \`npm start\` running? Stop it first.`,
    );
    process.exit(1);
  }
  const pg = await ensurePostgres();
  say(`postgres ${redactUrl(pg.adminUrl)} (${pg.source})`);
  const kafka = await ensureKafka();
  say(`kafka    ${kafka.brokers.join(',')} (${kafka.source})`);
  const mail = await ensureMailCatcher();
  say(`mail     ${redactUrl(mail.smtpUrl)} (${mail.source})`);

  const logDir = path.join(ROOT, '.data', 'logs');
  const stack = new Stack({
    adminDatabaseUrl: pg.adminUrl,
    brokers: kafka.brokers,
    topicPrefix: '',
    databaseSuffix: '',
    portOffset: 0,
    logDir,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    extraEnv: { SMTP_URL: mail.smtpUrl },
    // A developer's machine: the built-in token issuer and development secrets (EKST_DEV_AUTH=1).
    devAuth: true,
  });
  let stopping = false;
  let portal: { url: string; close: () => Promise<void> } | null = null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping ...');
    await portal?.close();
    await stack.stop();
    await mail.stop();
    if (kafka.source === 'started') await stopKafka();
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const built = await buildApps();
    const rebuilt = built.filter((b) => b.built);
    say(
      rebuilt.length > 0
        ? `compiled ${rebuilt.map((b) => b.app).join(', ')} to dist/apps (${rebuilt.reduce((t, b) => t + b.ms, 0)} ms)`
        : 'dist/apps is up to date',
    );
    say('starting six subgraphs (migrations run on start) and the gateway ...');
    await stack.start();
    if (ensurePortalBuilt(say)) say('built the portal to dist/apps/portal');
    portal = await startPortalServer({
      port: PORTAL_PORT,
      gatewayUrl: stack.gatewayUrl,
      distDir: path.join(ROOT, 'dist', 'apps', 'portal'),
    });
    if (!process.argv.includes('--no-seed')) {
      say('loading the demo partnership through the gateway ...');
      const demo = await seedDemo(
        stack.gatewayUrl,
        (m) => say(`  ${m}`),
        await seedOptionsFor(stack),
      );
      const coordinator = await devUserToken({
        sub: demo.coordinatorId,
        roles: ['COORDINATOR'],
        partnerId: demo.coordinatorPartnerId,
        ttlSeconds: 3600,
      });
      say('');
      say(
        `gateway: http://localhost:${GATEWAY_PORT}/graphql   (logs in ${path.relative(ROOT, logDir)}/)`,
      );
      if (mail.webUrl)
        say(`mail:    ${mail.webUrl}   (every e-mail the platform sends lands here)`);
      say(`portal:  ${portal.url}/   (sign in with a demo address and password below)`);
      say(
        `demo coordinator token (1 h; more with \`npm run token -- --role STUDENT --sub <id> --partner <id>\`):`,
      );
      process.stdout.write(`${coordinator}\n`);
      say(
        `demo adults also sign in with their e-mail and the password "${DEMO_PASSWORD}" (mutation signIn), e.g.:`,
      );
      for (const { kind, email } of demo.signInEmails) say(`  ${kind.padEnd(11)} ${email}`);
      if (demo.sampleStudent)
        say(
          `a demo student: --sub ${demo.sampleStudent.id} --partner ${demo.sampleStudent.partnerId}`,
        );
      if (demo.sampleChampion)
        say(
          `a demo champion: --sub ${demo.sampleChampion.id} --partner ${demo.sampleChampion.partnerId}`,
        );
      say(
        `try: curl -s localhost:${GATEWAY_PORT}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
      );
      say(
        `       -d '{"query":"{ partners { name sector people { displayName registrations { status event { title } } } hostedEvents { title } } }"}'`,
      );
    } else {
      say(`gateway: http://localhost:${GATEWAY_PORT}/graphql`);
      if (mail.webUrl) say(`mail:    ${mail.webUrl}`);
      say(`portal:  ${portal.url}/`);
    }
    say('Ctrl-C stops everything.');
  } catch (err) {
    // After Ctrl-C the demo load fails as the services stop; that is the interruption, not an error
    // (the next `npm start` finishes the load).
    if (stopping) return;
    say(`start failed: ${(err as Error).message}`);
    await shutdown(1);
  }
}

void main();
