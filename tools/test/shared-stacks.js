// Jest's globalSetup and globalTeardown (jest.config.js): removes the shared e2e stacks
// (sharedTestStack() in @ekst/testing) that Jest workers started and recorded in
// .data/shared-stacks/: stops their processes, drops their databases, deletes their topics.
// Jest gives a worker no hook when it ends, so the run does it after the last file; and before
// the first, for stacks left by a run that was killed (they would hold the shared ports).
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, '..', '..', '.data', 'shared-stacks');

/** Only our own kind of process: a pid may have been reused since a killed run wrote it down. */
function isStackProcess(pid) {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /dist[\\/]apps[\\/]|maildev/.test(cmd);
  } catch {
    return process.platform !== 'linux' && isAlive(pid);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopProcesses(pids) {
  const ours = pids.filter(isStackProcess);
  for (const pid of ours) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + 15000;
  while (ours.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of ours.filter(isAlive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

async function dropDatabases(adminDatabaseUrl, databases) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  try {
    for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function deleteTopics(brokers, prefix) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (t) => t.startsWith(prefix) || t.startsWith(`ekst.dlq.${prefix}`),
    );
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10000 });
  } finally {
    await admin.disconnect();
  }
}

async function removeSharedStacks() {
  if (!fs.existsSync(DIR)) return;
  for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    const file = path.join(DIR, name);
    try {
      const rec = JSON.parse(fs.readFileSync(file, 'utf8'));
      // A stack whose worker still runs belongs to another Jest run in this checkout (e.g. a
      // test:one beside npm test): not ours to remove. Ours: its worker has ended, or it is this
      // process (a run in band).
      if (rec.owner !== process.pid && isAlive(rec.owner)) continue;
      await stopProcesses(rec.pids);
      await Promise.all([
        dropDatabases(rec.adminDatabaseUrl, rec.databases),
        deleteTopics(rec.brokers, rec.topicPrefix),
      ]);
    } catch (err) {
      console.error(`shared test stack ${name}: ${err instanceof Error ? err.message : err}`);
    }
    fs.rmSync(file, { force: true });
  }
}

module.exports = removeSharedStacks;
