/**
 * `npx nx run portal:codegen` (also the first step of the portal's build): writes the API schema of
 * the committed supergraph to `src/__generated__/api-schema.graphql`, then runs graphql-codegen's
 * client preset over the documents colocated with the components (`codegen.ts`), which also writes
 * the trusted-documents manifest. `--check` fails when the committed output is stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiSchemaOf } from './api-schema';

const ROOT = path.resolve(__dirname, '../../..');
const GENERATED = path.join(ROOT, 'apps/portal/src/__generated__');
const SCHEMA = path.join(GENERATED, 'api-schema.graphql');

function main(): number {
  const check = process.argv.includes('--check');
  const sdl = `# GENERATED from supergraph.graphql by apps/portal/tools/codegen.ts: do not edit.\n${apiSchemaOf(path.join(ROOT, 'supergraph.graphql'))}\n`;
  if (check) {
    if (!existsSync(SCHEMA) || readFileSync(SCHEMA, 'utf8') !== sdl) {
      process.stderr.write(
        'portal: api-schema.graphql is stale; run `npx nx run portal:codegen`\n',
      );
      return 1;
    }
  } else {
    mkdirSync(GENERATED, { recursive: true });
    writeFileSync(SCHEMA, sdl);
  }
  const res = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'),
    ['--config', 'apps/portal/codegen.ts', ...(check ? ['--check'] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return res.status ?? 1;
}

process.exit(main());
