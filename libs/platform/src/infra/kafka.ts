/**
 * Local Apache Kafka for development and tests: a single-node KRaft cluster (combined broker and
 * controller) started from jars that Maven fetches from Maven Central. No Docker.
 *
 * `ensureKafka()` returns `KAFKA_BROKERS` when set; otherwise it makes sure the local broker is
 * running (starting it detached if needed) and answering, and returns its address.
 * See tools/infra/README.md.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  DATA_ROOT,
  REPO_ROOT,
  isPortOpen,
  isProcessAlive,
  processCommandLine,
  readPidFile,
  removeFile,
  runCommand,
  sleep,
  tailFile,
  terminateProcess,
  withLockFile,
  writeFileIfChanged,
} from './process-utils';
import type { Logger } from './process-utils';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 19092;
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
/** A topic the readiness check creates; harmless to applications. */
const READY_TOPIC = 'ekst-infra-ready';

export const KAFKA_DIR = path.join(DATA_ROOT, 'kafka');
const POM = path.join(REPO_ROOT, 'tools', 'infra', 'kafka', 'pom.xml');
const LIBS_DIR = path.join(KAFKA_DIR, 'libs');
/** Holds the sha256 of the pom the libs were copied from; libs are re-fetched when it changes. */
const LIBS_STAMP = path.join(LIBS_DIR, '.pom-sha256');
const LOG_DIRS = path.join(KAFKA_DIR, 'data');
const SERVER_PROPERTIES = path.join(KAFKA_DIR, 'server.properties');
const LOG4J2_PROPERTIES = path.join(KAFKA_DIR, 'log4j2.properties');
const CLUSTER_ID_FILE = path.join(KAFKA_DIR, 'cluster-id');
const PID_FILE = path.join(KAFKA_DIR, 'kafka.pid');
export const KAFKA_LOG = path.join(KAFKA_DIR, 'kafka.log');
const LOCK_FILE = path.join(KAFKA_DIR, 'ensure.lock');

export interface KafkaOptions {
  log?: Logger;
}

export interface KafkaInfo {
  brokers: string[];
  /** env: KAFKA_BROKERS was set; running: reused the local broker; started: started it now. */
  source: 'env' | 'running' | 'started' | 'shared';
}

export interface KafkaStatus {
  brokers: string[];
  pid?: number;
  running: boolean;
  portOpen: boolean;
  external: boolean;
}

const defaultLog: Logger = (msg) => process.stderr.write(`[infra:kafka] ${msg}\n`);

function brokerPort(): number {
  const raw = process.env.EKST_KAFKA_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65534) {
    throw new Error(`EKST_KAFKA_PORT must be an integer between 1024 and 65534, got "${raw}"`);
  }
  return port;
}

function externalBrokers(): string[] | undefined {
  const raw = process.env.KAFKA_BROKERS;
  if (raw === undefined || raw.trim() === '') return undefined;
  return raw
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

export async function ensureKafka(opts: KafkaOptions = {}): Promise<KafkaInfo> {
  const external = externalBrokers();
  if (external) return { brokers: external, source: 'env' };

  const log = opts.log ?? defaultLog;
  const port = brokerPort();
  const controllerPort = port + 1;
  const brokers = [`${HOST}:${port}`];
  fs.mkdirSync(KAFKA_DIR, { recursive: true });

  return withLockFile(LOCK_FILE, 10 * 60_000, log, async () => {
    const pid = ourKafkaPid();
    if (pid !== undefined) {
      const runningPort = runningBrokerPort();
      if (runningPort !== undefined && runningPort !== port) {
        throw new Error(
          `The local Kafka (pid ${pid}) runs on ${HOST}:${runningPort}, but port ${port} was ` +
            'asked for (EKST_KAFKA_PORT). Stop it first (tools/infra/cli.ts down) or use the ' +
            'same port.',
        );
      }
      if (await isPortOpen(HOST, port)) {
        await waitUntilReady(brokers, pid, 15_000);
        log(`reusing running Kafka (pid ${pid}) on ${brokers.join(',')}`);
        return { brokers, source: 'running' };
      }
      log(`Kafka (pid ${pid}) is running but ${HOST}:${port} does not answer yet; waiting`);
      await waitUntilReady(brokers, pid, READY_TIMEOUT_MS);
      return { brokers, source: 'running' };
    }

    // A broker another checkout started (or the developer runs) on the same port is a real Kafka:
    // reuse it rather than fail. Tests isolate themselves by topic prefix; we never stop it.
    if (await isPortOpen(HOST, port)) {
      try {
        await waitUntilReady(brokers, undefined, 15_000);
        log(
          `reusing a Kafka broker already answering on ${brokers.join(',')} (not started from this checkout)`,
        );
        return { brokers, source: 'shared' };
      } catch {
        /* not a Kafka broker: fall through to the clear error below */
      }
    }
    for (const p of [port, controllerPort]) {
      if (await isPortOpen(HOST, p)) {
        throw new Error(
          `${HOST}:${p} is already in use by a process that is not the Kafka started from ` +
            `${KAFKA_DIR}. Stop it, choose other ports with EKST_KAFKA_PORT (uses it and the ` +
            'next port), or point KAFKA_BROKERS at a broker you already run.',
        );
      }
    }

    const started = Date.now();
    const java = await findJava();
    await ensureLibs(log);
    writeConfig(port, controllerPort);
    const clusterId = readOrCreateClusterId();
    await formatStorageOnce(java, clusterId, log);
    const newPid = startBroker(java);
    log(`started Kafka (pid ${newPid}) on ${brokers.join(',')}; waiting until it is ready`);
    await waitUntilReady(brokers, newPid, READY_TIMEOUT_MS);
    log(`Kafka ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { brokers, source: 'started' };
  });
}

export async function stopKafka(opts: KafkaOptions = {}): Promise<boolean> {
  const log = opts.log ?? defaultLog;
  const pid = ourKafkaPid();
  if (pid === undefined) return false;
  log(`stopping Kafka (pid ${pid})`);
  await terminateProcess(pid, STOP_GRACE_MS, log);
  removeFile(PID_FILE);
  return true;
}

/**
 * Deletes the local broker's topics and metadata (the data directory and its cluster id), so the
 * next start formats empty storage. Refuses while our broker runs; the jars are kept.
 */
export function hasKafkaData(): boolean {
  return fs.existsSync(LOG_DIRS);
}

export function removeKafkaData(): boolean {
  if (ourKafkaPid() !== undefined) throw new Error('stop the local Kafka before removing its data');
  const existed = fs.existsSync(LOG_DIRS);
  fs.rmSync(LOG_DIRS, { recursive: true, force: true });
  removeFile(CLUSTER_ID_FILE);
  return existed;
}

export async function kafkaStatus(): Promise<KafkaStatus> {
  const external = externalBrokers();
  if (external) {
    return { brokers: external, running: true, portOpen: true, external: true };
  }
  const pid = ourKafkaPid();
  const port = (pid !== undefined ? runningBrokerPort() : undefined) ?? brokerPort();
  return {
    brokers: [`${HOST}:${port}`],
    pid,
    running: pid !== undefined,
    portOpen: await isPortOpen(HOST, port),
    external: false,
  };
}

/** The broker port in the generated server.properties, i.e. the one the running broker uses. */
function runningBrokerPort(): number | undefined {
  try {
    const text = fs.readFileSync(SERVER_PROPERTIES, 'utf8');
    const match = /^advertised\.listeners=PLAINTEXT:\/\/[^:]+:(\d+)\s*$/m.exec(text);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The pid from kafka.pid when that process is alive and is our broker; cleans up a stale file. */
function ourKafkaPid(): number | undefined {
  const pid = readPidFile(PID_FILE);
  if (pid === undefined) {
    removeFile(PID_FILE);
    return undefined;
  }
  const cmdline = processCommandLine(pid);
  // Where /proc exists, also guard against the pid having been reused by another program.
  const ours = isProcessAlive(pid) && (cmdline === undefined || cmdline.includes('kafka.Kafka'));
  if (!ours) {
    removeFile(PID_FILE);
    return undefined;
  }
  return pid;
}

async function findJava(): Promise<string> {
  const javaHome = process.env.JAVA_HOME;
  const candidate = javaHome && javaHome !== '' ? path.join(javaHome, 'bin', 'java') : 'java';
  let result;
  try {
    result = await runCommand(candidate, ['-version']);
  } catch {
    throw new Error(
      `Java not found (tried ${candidate}). Kafka needs Java 17 or later: install a JDK/JRE ` +
        '(e.g. apt-get install openjdk-17-jre-headless) and put java on PATH or set JAVA_HOME, ' +
        'or set KAFKA_BROKERS to use a broker you already run.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    throw new Error(
      `Kafka 4 needs Java 17 or later, but ${candidate} reports: ` +
        `${result.output.split('\n')[0] ?? '?'}. Set JAVA_HOME to a newer JDK.`,
    );
  }
  return candidate;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Copies the broker's jars from Maven (Central or the local ~/.m2 cache) once per pom version. */
async function ensureLibs(log: Logger): Promise<void> {
  const pomHash = sha256(POM);
  let stamp = '';
  try {
    stamp = fs.readFileSync(LIBS_STAMP, 'utf8').trim();
  } catch {
    // not fetched yet
  }
  if (stamp === pomHash) return;

  const tmp = `${LIBS_DIR}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(
    'fetching the Kafka jars with Maven (first run only; downloads ~45 MB unless cached in ~/.m2)',
  );
  const started = Date.now();
  const args = [
    '-q',
    '-B',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ];
  let result;
  try {
    result = await runCommand('mvn', args, { cwd: REPO_ROOT });
  } catch {
    throw new Error(
      'Maven (mvn) is not on PATH. It is needed once to fetch the Kafka jars: install it ' +
        '(e.g. apt-get install maven, or https://maven.apache.org/download.cgi), or set ' +
        'KAFKA_BROKERS to use a broker you already run.',
    );
  }
  if (result.code !== 0) {
    throw new Error(
      `mvn ${args.join(' ')} failed (exit ${result.code ?? result.signal}):\n${result.output.trim()}`,
    );
  }
  fs.rmSync(LIBS_DIR, { recursive: true, force: true });
  fs.renameSync(tmp, LIBS_DIR);
  fs.writeFileSync(LIBS_STAMP, `${pomHash}\n`);
  const jars = fs.readdirSync(LIBS_DIR).filter((f) => f.endsWith('.jar')).length;
  log(`fetched ${jars} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Properties files treat backslashes as escapes; forward slashes work on every OS. */
function propPath(p: string): string {
  return p.split(path.sep).join('/');
}

/** Where one broker keeps its configuration, data and log: the checkout's, or a private one. */
interface BrokerLayout {
  dir: string;
  logDirs: string;
  serverProperties: string;
  log4j2: string;
  clusterIdFile: string;
  log: string;
}

const SHARED_LAYOUT: BrokerLayout = {
  dir: KAFKA_DIR,
  logDirs: LOG_DIRS,
  serverProperties: SERVER_PROPERTIES,
  log4j2: LOG4J2_PROPERTIES,
  clusterIdFile: CLUSTER_ID_FILE,
  log: KAFKA_LOG,
};

function layoutIn(dir: string): BrokerLayout {
  return {
    dir,
    logDirs: path.join(dir, 'data'),
    serverProperties: path.join(dir, 'server.properties'),
    log4j2: path.join(dir, 'log4j2.properties'),
    clusterIdFile: path.join(dir, 'cluster-id'),
    log: path.join(dir, 'kafka.log'),
  };
}

function writeConfig(port: number, controllerPort: number, layout = SHARED_LAYOUT): void {
  const server = [
    '# Generated by libs/platform/src/infra/kafka.ts on every start; edit that file, not this one.',
    'process.roles=broker,controller',
    'node.id=1',
    `listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://${HOST}:${port}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    `controller.quorum.bootstrap.servers=${HOST}:${controllerPort}`,
    `log.dirs=${propPath(layout.logDirs)}`,
    '',
    '# Single node: every internal topic must have replication factor 1.',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    '',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    'num.partitions=3',
    'log.retention.hours=168',
    '',
  ].join('\n');
  writeFileIfChanged(layout.serverProperties, server);

  // Kafka 4 logs through log4j2. Everything goes to stdout, which is redirected to kafka.log.
  const log4j2 = [
    '# Generated by libs/platform/src/infra/kafka.ts.',
    'status = warn',
    'name = ekst-local-kafka',
    'appender.stdout.type = Console',
    'appender.stdout.name = STDOUT',
    'appender.stdout.layout.type = PatternLayout',
    'appender.stdout.layout.pattern = [%d] %p %m (%c)%n',
    'rootLogger.level = INFO',
    'rootLogger.appenderRef.stdout.ref = STDOUT',
    '# The full configuration dumps (hundreds of lines per start); server.properties has ours.',
    'logger.config.name = org.apache.kafka.common.config.AbstractConfig',
    'logger.config.level = WARN',
    'logger.statechange.name = state.change.logger',
    'logger.statechange.level = WARN',
    'logger.request.name = kafka.request.logger',
    'logger.request.level = WARN',
    'logger.authorizer.name = kafka.authorizer.logger',
    'logger.authorizer.level = WARN',
    '',
  ].join('\n');
  writeFileIfChanged(layout.log4j2, log4j2);
}

/** A Kafka-style UUID: 16 random bytes, URL-safe base64 without padding, not starting with '-'. */
function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function readOrCreateClusterId(layout = SHARED_LAYOUT): string {
  try {
    const id = fs.readFileSync(layout.clusterIdFile, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{22}$/.test(id)) return id;
  } catch {
    // first run
  }
  const id = newClusterId();
  fs.writeFileSync(layout.clusterIdFile, `${id}\n`);
  return id;
}

function javaArgs(
  mainClass: string,
  args: readonly string[],
  heap = '-Xmx512m',
  layout = SHARED_LAYOUT,
): string[] {
  return [
    heap,
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${layout.log4j2}`,
    // Console logging needs no flush at exit; without this, log4j2 warns during every shutdown
    // ("Unable to register Log4j shutdown hook because JVM is shutting down").
    '-Dlog4j2.shutdownHookEnabled=false',
    `-Dkafka.logs.dir=${layout.dir}`,
    '-cp',
    `${LIBS_DIR}${path.sep}*`,
    mainClass,
    ...args,
  ];
}

/** Formats the log directory once (KRaft needs it); checks the cluster id of existing data. */
async function formatStorageOnce(
  java: string,
  clusterId: string,
  log: Logger,
  layout = SHARED_LAYOUT,
): Promise<void> {
  const meta = path.join(layout.logDirs, 'meta.properties');
  if (fs.existsSync(meta)) {
    const existing = /^cluster\.id=(.*)$/m.exec(fs.readFileSync(meta, 'utf8'))?.[1]?.trim();
    if (existing !== undefined && existing !== clusterId) {
      throw new Error(
        `${meta} belongs to cluster ${existing} but ${layout.clusterIdFile} says ${clusterId}. ` +
          `Delete ${layout.logDirs} (loses local Kafka data) or restore the cluster-id file.`,
      );
    }
    return;
  }
  log(`formatting ${layout.logDirs} (cluster id ${clusterId})`);
  const args = javaArgs(
    'kafka.tools.StorageTool',
    ['format', '--standalone', '-t', clusterId, '-c', layout.serverProperties],
    '-Xmx256m',
    layout,
  );
  const result = await runCommand(java, args, { cwd: layout.dir });
  if (result.code !== 0) {
    throw new Error(
      `Formatting Kafka storage failed (exit ${result.code}):\n${result.output.trim()}`,
    );
  }
}

function startBroker(java: string): number {
  if (fs.existsSync(KAFKA_LOG)) fs.renameSync(KAFKA_LOG, `${KAFKA_LOG}.1`);
  const out = fs.openSync(KAFKA_LOG, 'a');
  try {
    const child = spawn(java, javaArgs('kafka.Kafka', [SERVER_PROPERTIES]), {
      cwd: KAFKA_DIR,
      detached: true,
      stdio: ['ignore', out, out],
    });
    if (child.pid === undefined) throw new Error(`Could not start ${java}`);
    child.unref();
    fs.writeFileSync(PID_FILE, `${child.pid}\n`);
    return child.pid;
  } finally {
    fs.closeSync(out);
  }
}

/**
 * Ready means: the cluster answers a metadata request, a topic can be created and listed, and the
 * group and transaction coordinators answer (this also creates __consumer_offsets and
 * __transaction_state up front, so the first consumer or idempotent producer does not log
 * "coordinator not available").
 */
async function waitUntilReady(
  brokers: string[],
  pid: number | undefined,
  timeoutMs: number,
  logFile = KAFKA_LOG,
): Promise<void> {
  const kafka = new Kafka({
    clientId: 'ekst-infra',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 10_000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (pid !== undefined && !isProcessAlive(pid)) {
      throw new Error(
        `Kafka (pid ${pid}) exited during startup. See ${logFile}; last lines:\n${tailFile(logFile)}`,
      );
    }
    const admin = kafka.admin();
    // kafkajs refuses an idempotent producer without retries; keep them short.
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 500 },
    });
    try {
      await admin.connect();
      await admin.describeCluster();
      await admin.createTopics({
        topics: [{ topic: READY_TOPIC, numPartitions: 1, replicationFactor: 1 }],
        waitForLeaders: true,
      });
      const topics = await admin.listTopics();
      if (!topics.includes(READY_TOPIC)) throw new Error(`${READY_TOPIC} not listed yet`);
      await admin.fetchOffsets({ groupId: 'ekst-infra-ready', topics: [READY_TOPIC] });
      await producer.connect();
      return;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
      if (process.env.EKST_INFRA_DEBUG) {
        process.stderr.write(`[infra:kafka] not ready: ${lastError}\n`);
      }
    } finally {
      await producer.disconnect().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
    await sleep(250);
  }
  throw new Error(
    `Kafka did not become ready within ${Math.round(timeoutMs / 1000)} s (last error: ` +
      `${lastError}). See ${logFile}; last lines:\n${tailFile(logFile)}`,
  );
}

/**
 * A broker of one's own, apart from the shared development broker: its own ports, configuration
 * and data directory (the jars are the checkout's). A child of this process, not detached, so a
 * chaos harness can SIGKILL, SIGSTOP and restart it without touching anyone else's broker.
 * `start()` again after a kill reuses the data directory (the broker recovers its logs).
 */
export class PrivateKafka {
  private child: ChildProcess | null = null;
  private readonly layout: BrokerLayout;
  private readonly log: Logger;

  constructor(private readonly opts: { dir: string; port: number; log?: Logger }) {
    if (opts.port === DEFAULT_PORT || opts.port + 1 === DEFAULT_PORT)
      throw new Error(`a private broker may not use the shared broker's port ${DEFAULT_PORT}`);
    this.layout = layoutIn(opts.dir);
    this.log = opts.log ?? defaultLog;
  }

  get brokers(): string[] {
    return [`${HOST}:${this.opts.port}`];
  }

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get logFile(): string {
    return this.layout.log;
  }

  /** Starts the broker (formatting its storage the first time) and waits until it is ready. */
  async start(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    if (this.running) return;
    for (const p of [this.opts.port, this.opts.port + 1])
      if (await isPortOpen(HOST, p)) throw new Error(`${HOST}:${p} is already in use`);
    fs.mkdirSync(this.layout.dir, { recursive: true });
    const java = await findJava();
    await ensureLibs(this.log);
    writeConfig(this.opts.port, this.opts.port + 1, this.layout);
    await formatStorageOnce(java, readOrCreateClusterId(this.layout), this.log, this.layout);
    const out = fs.openSync(this.layout.log, 'a');
    try {
      this.child = spawn(
        java,
        javaArgs('kafka.Kafka', [this.layout.serverProperties], '-Xmx384m', this.layout),
        {
          cwd: this.layout.dir,
          stdio: ['ignore', out, out],
        },
      );
    } finally {
      fs.closeSync(out);
    }
    const pid = this.child.pid;
    if (pid === undefined) throw new Error(`Could not start ${java}`);
    await waitUntilReady(this.brokers, pid, timeoutMs, this.layout.log);
  }

  /** Sends a signal (SIGKILL: a crash; SIGSTOP/SIGCONT: a hung broker); waits for a SIGKILL's exit. */
  async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    if (signal === 'SIGKILL') await exited;
  }

  /** Stops the broker (SIGTERM, SIGKILL after the grace period). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  /** Stops the broker and deletes its directory (configuration, data, log). */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.layout.dir, { recursive: true, force: true });
  }
}
