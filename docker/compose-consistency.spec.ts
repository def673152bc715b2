/**
 * docker/ cannot be exercised on the development machines (there is no Docker engine), so nothing
 * would notice when the code and the compose file drift apart: a renamed variable, a new
 * subgraph, a changed port. This test reads the files and checks them against the code instead:
 *
 *  - every app (apps/<name>/src/main.ts) has a compose service built from its own
 *    docker/apps/<name>/Dockerfile, whose PORT equals the PORT compose gives it;
 *  - the subgraphs' environment is exactly what libs/subgraph-kit/src/config.ts reads, the
 *    gateway's exactly what apps/gateway/src/config.ts reads;
 *  - the gateway's <SUBGRAPH>_URL variables are the `urlEnv` names of the platform's one service
 *    list (SUBGRAPHS in libs/platform/src/services.ts), pointing at that subgraph's service and
 *    port; ports, databases and the apps' own config defaults agree;
 *  - each subgraph connects as its own role to its own database, and postgres-init.sql creates
 *    exactly those databases with a password from the postgres service's environment;
 *  - the portal (a React app with its own small server, apps/portal/server) has its image too,
 *    built and pruned by its own template, reading exactly the variables its server reads, and
 *    reaching only the gateway;
 *  - only the gateway and the portal publish a port; everything else sits on an internal network only;
 *  - secrets come from docker/.env (`${VAR:?...}`), and .env.example lists exactly the variables
 *    the compose file reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// `yaml` is in node_modules as a dependency of @graphql-codegen/cli (and nx). Should it ever
// disappear from the tree, add it to the root devDependencies.
import { parse } from 'yaml';
import * as platform from '@ekst/platform';
import type { AppName } from '@ekst/platform';
import {
  PORTAL_PORT,
  dockerfilePath,
  renderAll,
  renderDockerfile,
  renderPortalDockerfile,
} from './dockerfiles';

type EnvValue = string | number | boolean | null;

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, EnvValue> };
  environment?: Record<string, EnvValue>;
  ports?: unknown[];
  expose?: unknown[];
  networks?: string[] | Record<string, unknown>;
  network_mode?: string;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  read_only?: boolean;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
}

const DOCKER_DIR = __dirname;
const ROOT = path.resolve(__dirname, '..');
const readRepo = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');

const composeText = fs.readFileSync(path.join(DOCKER_DIR, 'docker-compose.yml'), 'utf8');
// merge: true resolves the `<<: *anchor` merge keys the file uses, as Compose does.
const compose = parse(composeText, { merge: true }) as ComposeFile;
const initSql = fs.readFileSync(path.join(DOCKER_DIR, 'postgres-init.sql'), 'utf8');
const envExample = fs.readFileSync(path.join(DOCKER_DIR, '.env.example'), 'utf8');

const SUBGRAPH_CONFIG = 'libs/subgraph-kit/src/config.ts';
const GATEWAY_CONFIG = 'apps/gateway/src/config.ts';

/** Apps that can be run: apps/<name>/src/main.ts (so not apps/e2e). */
const APPS = fs
  .readdirSync(path.join(ROOT, 'apps'))
  .filter((name) => fs.existsSync(path.join(ROOT, 'apps', name, 'src', 'main.ts')))
  .sort();

/** Variable names a config module declares in its zod schema (`  NAME: z....` / `  NAME: x.default(...)`). */
function declaredEnvNames(source: string): string[] {
  return [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+):\s/gm)].map((m) => m[1]).sort();
}

/** Whether a source file mentions `name` as a whole word (the grep the compose file is held to). */
function mentions(source: string, name: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(source);
}

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}` … → the names, with their operator. */
function interpolations(text: string): { name: string; op: string }[] {
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?[^}]*\}/g)].map((m) => ({
    name: m[1],
    op: m[2] ?? '',
  }));
}

function networksOf(service: ComposeService): string[] {
  const n = service.networks ?? [];
  return (Array.isArray(n) ? n : Object.keys(n)).slice().sort();
}

function env(service: string): Record<string, string> {
  const e = compose.services[service]?.environment ?? {};
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Files declaring a service list (name, port, database, urlEnv): there must be exactly one. */
function findServicesModule(): string[] {
  const hits: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === 'services.ts') {
        const text = fs.readFileSync(p, 'utf8');
        if (/export const SUBGRAPHS\b/.test(text) && /\burlEnv\b/.test(text)) hits.push(p);
      }
    }
  };
  for (const top of ['libs', 'tools']) {
    if (fs.existsSync(path.join(ROOT, top))) walk(path.join(ROOT, top));
  }
  return hits;
}

const { SUBGRAPHS, GATEWAY_PORT } = platform;

beforeAll(() => {
  // one list, the platform's: a second copy somewhere would drift from this file unnoticed
  expect(findServicesModule()).toEqual([path.join(ROOT, 'libs/platform/src/services.ts')]);
  expect(SUBGRAPHS.length).toBeGreaterThan(0);
  expect(typeof GATEWAY_PORT).toBe('number');
});

describe('docker-compose.yml: one service per app, built from its own Dockerfile', () => {
  it('lists the gateway and the subgraphs of the service list, and they are the apps', () => {
    expect(APPS).toContain('gateway');
    expect(SUBGRAPHS.map((s) => s.name).sort()).toEqual(APPS.filter((a) => a !== 'gateway'));
    for (const app of APPS) expect(Object.keys(compose.services)).toContain(app);
  });

  it.each(APPS)(
    '%s: build context is the repository root, its own Dockerfile, whose PORT = env PORT',
    (app) => {
      const service = compose.services[app];
      expect(service).toBeDefined();
      expect(service.build?.context).toBe('..');
      expect(service.build?.dockerfile).toBe(dockerfilePath(app as AppName));
      const dockerfile = readRepo(dockerfilePath(app as AppName));
      expect(dockerfile).toMatch(new RegExp(`^ {4}PORT=${env(app).PORT}$`, 'm'));
      expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${env(app).PORT}$`, 'm'));
      expect(service.read_only).toBe(true);
    },
  );

  it('each Dockerfile builds its app, prunes its dependencies and runs the compiled main.js as a non-root user', () => {
    for (const app of APPS) {
      const dockerfile = readRepo(dockerfilePath(app as AppName));
      expect(dockerfile).toContain(`tools/build/app-deps-cli.ts ${app} --out /out`);
      expect(dockerfile).toContain(`CMD ["node", "dist/apps/${app}/main.js"]`);
      expect(dockerfile).toMatch(/^USER 1000:1000$/m);
      expect(dockerfile).toMatch(/^HEALTHCHECK /m);
      expect(dockerfile).toContain('/health/live');
      expect(dockerfile).not.toContain('@swc-node/register apps/');
    }
    // the output the Dockerfiles copy is where the builder writes it
    expect(path.relative(ROOT, platform.compiledMain('people'))).toBe('dist/apps/people/main.js');
  });

  it('the committed Dockerfiles and their allow-lists are what docker/dockerfiles.ts renders (npm run docker:files)', () => {
    const rendered = renderAll();
    const committed = fs
      .readdirSync(path.join(DOCKER_DIR, 'apps'))
      .flatMap((app) =>
        fs.readdirSync(path.join(DOCKER_DIR, 'apps', app)).map((f) => `docker/apps/${app}/${f}`),
      )
      .sort();
    expect(committed).toEqual([...rendered.keys()].sort());
    for (const [rel, content] of rendered) expect(readRepo(rel)).toBe(content);
    // and a stale one would be caught: the comparison is not vacuous
    expect(renderDockerfile('people')).not.toBe(readRepo(dockerfilePath('events')));
  });

  it('the health endpoints the Dockerfile and compose probe exist in the code', () => {
    for (const file of ['libs/subgraph-kit/src/subgraph-http.ts', 'apps/gateway/src/gateway.ts']) {
      const source = readRepo(file);
      expect(source).toContain("'/health/live'");
      expect(source).toContain("'/health/ready'");
    }
    for (const app of APPS) {
      expect(JSON.stringify(compose.services[app].healthcheck?.test)).toContain('/health/ready');
    }
  });
});

describe('subgraphs', () => {
  const subgraphConfig = readRepo(SUBGRAPH_CONFIG);

  it(`set only variables that ${SUBGRAPH_CONFIG} (or the service's own config.ts) reads, and every one`, () => {
    const shared = declaredEnvNames(subgraphConfig);
    expect(shared).toContain('DATABASE_URL');
    for (const spec of SUBGRAPHS) {
      // A service may read settings of its own beside the shared ones (people: its signing key).
      const ownConfig = readRepo(`apps/${spec.name}/src/config.ts`);
      const declared = [...new Set([...shared, ...declaredEnvNames(ownConfig)])].sort();
      const names = Object.keys(env(spec.name)).sort();
      for (const name of names) {
        if (!mentions(subgraphConfig, name) && !mentions(ownConfig, name)) {
          throw new Error(
            `compose sets ${name} for ${spec.name}, but neither ${SUBGRAPH_CONFIG} nor its config.ts reads it`,
          );
        }
      }
      // the other direction: a new setting in the code is a decision to make here too
      expect(names).toEqual(declared);
    }
  });

  it('run in production, on their port, against kafka:9092, with the internal secret from .env', () => {
    for (const spec of SUBGRAPHS) {
      const e = env(spec.name);
      expect(e.NODE_ENV).toBe('production');
      expect(e.PORT).toBe(String(spec.port));
      expect(e.KAFKA_BROKERS).toBe('kafka:9092');
      expect(e.INTERNAL_TOKEN_SECRET).toMatch(/^\$\{INTERNAL_TOKEN_SECRET:\?[^}]+\}$/);
    }
  });

  it("each connects as its own role to its own database, with that role's password from .env", () => {
    for (const spec of SUBGRAPHS) {
      const m = /^postgres:\/\/([^:]+):\$\{([A-Z_]+):\?[^}]+\}@postgres:5432\/([a-z_]+)$/.exec(
        env(spec.name).DATABASE_URL,
      );
      expect(m).not.toBeNull();
      const [, role, passwordVar, database] = m!;
      expect(database).toBe(spec.database);
      expect(role).toBe(spec.database);
      expect(passwordVar).toBe(`${spec.name.toUpperCase().replace(/-/g, '_')}_DB_PASSWORD`);
      // ...the same password postgres-init.sql gives the role on the first start
      expect(env('postgres')[passwordVar]).toBe(
        `\${${passwordVar}:?set ${passwordVar} in docker/.env}`,
      );
    }
  });

  it("agree with each app's own config defaults (port, database)", () => {
    for (const spec of SUBGRAPHS) {
      const source = readRepo(`apps/${spec.name}/src/config.ts`);
      expect(source).toMatch(new RegExp(`port:\\s*${spec.port}\\b`));
      expect(source).toContain(`'${spec.database}'`);
    }
  });

  it('wait for PostgreSQL and Kafka to be healthy', () => {
    for (const spec of SUBGRAPHS) {
      const deps = compose.services[spec.name].depends_on ?? {};
      expect(deps.postgres?.condition).toBe('service_healthy');
      expect(deps.kafka?.condition).toBe('service_healthy');
    }
  });
});

describe('gateway', () => {
  const gatewayConfig = readRepo(GATEWAY_CONFIG);

  it(`sets only variables that ${GATEWAY_CONFIG} reads, and every one it reads`, () => {
    const names = Object.keys(env('gateway')).sort();
    for (const name of names) {
      if (!mentions(gatewayConfig, name)) {
        throw new Error(
          `compose sets ${name} for the gateway, but ${GATEWAY_CONFIG} never reads it`,
        );
      }
    }
    expect(names).toEqual(declaredEnvNames(gatewayConfig));
  });

  it("finds each subgraph under the service list's urlEnv name, at its service and port", () => {
    const e = env('gateway');
    for (const spec of SUBGRAPHS) {
      expect(e[spec.urlEnv]).toBe(`http://${spec.name}:${spec.port}/graphql`);
    }
    const urlVars = Object.keys(e).filter((k) => k.endsWith('_URL') && e[k].endsWith('/graphql'));
    expect(urlVars.sort()).toEqual(SUBGRAPHS.map((s) => s.urlEnv).sort());
  });

  it('listens on the gateway port, publishes only it, and waits for every subgraph', () => {
    const gateway = compose.services.gateway;
    expect(env('gateway').PORT).toBe(String(GATEWAY_PORT));
    expect(gateway.ports).toHaveLength(1);
    expect(String(gateway.ports?.[0])).toMatch(new RegExp(`:${GATEWAY_PORT}:${GATEWAY_PORT}$`));
    for (const spec of SUBGRAPHS) {
      expect(gateway.depends_on?.[spec.name]?.condition).toBe('service_healthy');
    }
  });

  it('takes its secrets from .env and never carries one in the file', () => {
    const e = env('gateway');
    expect(e.NODE_ENV).toBe('production');
    expect(e.INTERNAL_TOKEN_SECRET).toMatch(/^\$\{INTERNAL_TOKEN_SECRET:\?[^}]+\}$/);
    expect(e.AUTH_JWT_SECRET).toBe('${AUTH_JWT_SECRET:-}');
    expect(e.AUTH_JWKS_URL).toBe('${AUTH_JWKS_URL:-}');
    expect(e.AUTH_JWT_ISSUER).toMatch(/^\$\{AUTH_JWT_ISSUER:\?/);
    expect(e.AUTH_JWT_AUDIENCE).toMatch(/^\$\{AUTH_JWT_AUDIENCE:\?/);
  });
});

describe('portal', () => {
  const PORTAL_MAIN = 'apps/portal/server/main.ts';
  const portal = () => compose.services.portal;
  const dockerfile = () => readRepo(dockerfilePath('portal'));

  it('is built from its own Dockerfile, the one docker/dockerfiles.ts renders', () => {
    expect(portal().build?.context).toBe('..');
    expect(portal().build?.dockerfile).toBe(dockerfilePath('portal'));
    expect(dockerfile()).toBe(renderPortalDockerfile());
    expect(renderAll().get(dockerfilePath('portal'))).toBe(dockerfile());
  });

  it("builds the web app as nx run portal:build does, prunes the server's dependencies, runs non-root", () => {
    const text = dockerfile();
    const build = JSON.parse(readRepo('apps/portal/project.json')).targets.build.command as string;
    expect(text).toContain(build);
    expect(text).toContain('tools/build/portal-image-cli.ts --out /out');
    expect(text).toContain('CMD ["node", "server/main.js"]');
    expect(text).toMatch(/^USER 1000:1000$/m);
    expect(text).toMatch(/^HEALTHCHECK .*\n.*\/health'/m);
    // nothing compiles or bundles at run time: the runtime stage runs compiled JavaScript
    const runtime = text.slice(text.indexOf('AS runtime'));
    expect(runtime).not.toContain('@swc-node/register');
    expect(runtime).not.toMatch(/npm (ci|install)/);
    expect(portal().read_only).toBe(true);
  });

  it('listens on one port, the same in the code, the Dockerfile and compose', () => {
    const buildSource = readRepo('apps/portal/server/portal-build.ts');
    expect(buildSource).toContain(`export const PORTAL_PORT = ${PORTAL_PORT};`);
    expect(env('portal').PORTAL_PORT).toBe(String(PORTAL_PORT));
    expect(dockerfile()).toMatch(new RegExp(`^ {4}PORTAL_PORT=${PORTAL_PORT} \\\\$`, 'm'));
    expect(dockerfile()).toMatch(new RegExp(`^EXPOSE ${PORTAL_PORT}$`, 'm'));
    expect(String(portal().ports?.[0])).toMatch(new RegExp(`:${PORTAL_PORT}:${PORTAL_PORT}$`));
    // and where the image puts the built files is where the server is told to look
    expect(dockerfile()).toContain('cp -R dist/apps/portal /out/public');
    expect(dockerfile()).toMatch(/^ {4}PORTAL_DIST=\/srv\/public$/m);
    expect(env('portal').PORTAL_DIST).toBe('/srv/public');
  });

  it(`sets only variables ${PORTAL_MAIN} reads (and NODE_ENV), and every one it reads`, () => {
    const read = [...readRepo(PORTAL_MAIN).matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    expect(Object.keys(env('portal')).sort()).toEqual([...new Set([...read, 'NODE_ENV'])].sort());
  });

  it('reaches the gateway on the edge network only, and waits for it', () => {
    expect(env('portal').GATEWAY_URL).toBe(`http://gateway:${GATEWAY_PORT}`);
    expect(networksOf(portal())).toEqual(['edge']);
    expect(networksOf(compose.services.gateway)).toContain('edge');
    expect(portal().depends_on?.gateway?.condition).toBe('service_healthy');
  });

  it('is probed on the health path its server serves', () => {
    expect(readRepo('apps/portal/server/portal-server.ts')).toContain("app.get('/health'");
    expect(JSON.stringify(portal().healthcheck?.test)).toContain("/health'");
    expect(dockerfile()).toContain(`fetch('http://127.0.0.1:${PORTAL_PORT}/health'`);
  });
});

describe('network exposure', () => {
  it('only the gateway and the portal publish a port; nothing uses the host network', () => {
    const publishing = Object.entries(compose.services)
      .filter(([, s]) => (s.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(publishing.sort()).toEqual(['gateway', 'portal']);
    for (const [name, s] of Object.entries(compose.services)) {
      if (s.network_mode !== undefined) throw new Error(`${name} sets network_mode`);
    }
  });

  it('subgraphs, PostgreSQL and Kafka are on the internal network only', () => {
    const internal = Object.entries(compose.networks ?? {})
      .filter(([, n]) => n?.internal === true)
      .map(([name]) => name);
    expect(internal).toEqual(['backend']);
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'postgres', 'kafka']) {
      expect(networksOf(compose.services[name])).toEqual(['backend']);
    }
  });
});

describe('postgres-init.sql', () => {
  it('creates exactly the databases of the service list, each from a password variable', () => {
    const rows = [...initSql.matchAll(/\('([a-z_]+)',\s*:'([a-z_]+)'\)/g)].map((m) => ({
      database: m[1],
      psqlVar: m[2],
    }));
    expect(rows.map((r) => r.database).sort()).toEqual(SUBGRAPHS.map((s) => s.database).sort());
    const getenv = new Map(
      [...initSql.matchAll(/^\\getenv\s+(\S+)\s+(\S+)$/gm)].map((m) => [m[1], m[2]] as const),
    );
    for (const row of rows) {
      const envVar = getenv.get(row.psqlVar);
      expect(envVar).toBeDefined();
      expect(Object.keys(env('postgres'))).toContain(envVar);
    }
  });

  it('is mounted into the postgres service', () => {
    expect(composeText).toMatch(
      /- \.\/postgres-init\.sql:\/docker-entrypoint-initdb\.d\/[^:]+\.sql:ro/,
    );
  });
});

describe('.env.example', () => {
  const listed = [...envExample.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
  const used = interpolations(composeText);

  it('lists every variable the compose file reads, and no other', () => {
    expect([...new Set(listed)].sort()).toEqual([...new Set(used.map((u) => u.name))].sort());
  });

  it('leaves every required secret empty, so compose refuses to start until it is set', () => {
    const values = new Map(
      [...envExample.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]] as const),
    );
    const secrets = [...new Set(used.filter((u) => u.op === ':?').map((u) => u.name))].filter((n) =>
      /PASSWORD|SECRET/.test(n),
    );
    expect(secrets).toEqual(expect.arrayContaining(['INTERNAL_TOKEN_SECRET', 'POSTGRES_PASSWORD']));
    for (const name of secrets) expect(values.get(name)).toBe('');
    expect(values.get('AUTH_JWT_SECRET')).toBe('');
  });
});
