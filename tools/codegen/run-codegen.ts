/**
 * Generates resolver types for every subgraph from its SDL (`apps/<service>/codegen.ts`).
 * `--check` fails if any generated file is stale (graphql-codegen's own check mode).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPHS } from '@ekst/platform';

const ROOT = path.resolve(__dirname, '../..');
const check = process.argv.includes('--check');
let failed = 0;
for (const { name } of SUBGRAPHS) {
  const args = ['--config', `apps/${name}/codegen.ts`, ...(check ? ['--check'] : [])];
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), args, {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    failed += 1;
    process.stderr.write(
      `${name}: ${check ? 'generated resolver types are stale; run `npm run codegen`' : 'codegen failed'}\n${res.stdout}${res.stderr}\n`,
    );
  } else process.stdout.write(`${name}: ${check ? 'up to date' : 'generated'}\n`);
}
process.exit(failed ? 1 : 0);
