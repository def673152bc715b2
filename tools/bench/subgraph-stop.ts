/**
 * How long a subgraph takes to stop when it has nothing to do: the graceful drain every SIGTERM
 * runs (HTTP drained, jobs, Apollo, then the inbox consumer and the outbox relay) and every
 * integration test's `startTestSubgraph(...).stop()` waits for.
 *
 *   node -r @swc-node/register tools/bench/subgraph-stop.ts [--runs 5] [--settle-ms 0]
 *
 * Each run starts the events subgraph on a cloned test database and the real broker (topics under
 * a prefix of its own), waits `--settle-ms`, stops it and prints the milliseconds, then drops the
 * database and the topics. kafkajs's disconnect waits for the fetch in flight (or its sleep while
 * every partition is paused), so a stop waits for whatever is left of the fetch's wait at the
 * broker (`FETCH_MAX_WAIT_MS` in libs/messaging). Measured 2026-12-03 (3 runs each): at kafkajs's
 * default of 5 s, 5,021 ms right after the start and 2,017 ms 3 s later; at 0.5 s, 518 and 49 ms.
 */
import 'reflect-metadata';
import { startTestSubgraph, uniqueTopicPrefix } from '@ekst/testing';
import { eventsModule } from '../../apps/events/src/module';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const stops: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const subgraph = await startTestSubgraph(eventsModule, {
      topicPrefix: uniqueTopicPrefix(),
      cleanTopics: true,
    });
    try {
      await new Promise((r) => setTimeout(r, arg('settle-ms', 0)));
      const t0 = performance.now();
      await subgraph.running.stop();
      stops.push(Math.round(performance.now() - t0));
      process.stdout.write(`run ${run}: stop ${stops[stops.length - 1]} ms\n`);
    } finally {
      // the harness's own stop: the (already stopped) subgraph, its database and its topics
      await subgraph.stop();
    }
  }
  const sorted = [...stops].sort((a, b) => a - b);
  process.stdout.write(
    `stop of an idle subgraph: median ${sorted[Math.floor(sorted.length / 2)]} ms, ` +
      `min ${sorted[0]} ms, max ${sorted[sorted.length - 1]} ms (${runs} runs)\n`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
