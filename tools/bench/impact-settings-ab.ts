/**
 * Interleaved A/B timing of the impact statement on a kept benchmark database (made by
 * `impact-report.ts --keep`): per round, each grouping runs with the planner's parallel query and
 * then with the report's settings (one process), on one connection; 1 warm-up + N rounds; the
 * rows of both must be equal. Run under `flock /work/heavy.lock`.
 *
 *   node -r @swc-node/register tools/bench/impact-settings-ab.ts <database url> [rounds=5]
 */
// A benchmark of one statement: it imports evaluation's query directly (as impact-report.ts).
/* eslint-disable @nx/enforce-module-boundaries */
import { Client } from 'pg';
import {
  impactStatement,
  IMPACT_SETTINGS,
} from '../../apps/evaluation/src/use-cases/impact-report.query';
/* eslint-enable @nx/enforce-module-boundaries */
import { loadavg } from 'node:os';

const url = process.argv[2];
const rounds = Number(process.argv[3] ?? 5);
const variants: Record<string, string[]> = {
  parallel: IMPACT_SETTINGS.filter((s) => !s.includes('max_parallel_workers_per_gather')),
  serial: [...IMPACT_SETTINGS],
};
const groupings = ['AIM', 'PARTNER', 'SECTOR', 'EVENT'] as const;

async function main(): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const times: Record<string, number[]> = {};
  const results: Record<string, string> = {};
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (let r = 0; r <= rounds; r++) {
    for (const g of groupings) {
      for (const [name, settings] of Object.entries(variants)) {
        const { sql, params } = impactStatement(g, { academicYears: [2025] });
        await c.query('BEGIN');
        for (const s of settings) await c.query(s);
        const t = performance.now();
        const res = await c.query(sql, params);
        const ms = performance.now() - t;
        await c.query('COMMIT');
        const key = `${g} ${name}`;
        const json = JSON.stringify(res.rows);
        if (results[g] === undefined) results[g] = json;
        else if (results[g] !== json) throw new Error(`${key}: different rows`);
        if (r > 0) (times[key] ??= []).push(ms);
      }
    }
  }
  for (const [k, v] of Object.entries(times)) {
    v.sort((a, b) => a - b);
    console.log(
      `${k.padEnd(16)} p50 ${v[Math.floor(v.length / 2)].toFixed(0)} ms  min ${v[0].toFixed(0)}  max ${v[v.length - 1].toFixed(0)}`,
    );
  }
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await c.end();
}
void main();
