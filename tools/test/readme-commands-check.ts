/**
 * A step of `npm test`: runs every code block of README.md and docs/*.md fenced as
 * "```sh runnable" (fast commands that need no running stack), each with `bash -eo pipefail` from
 * the repository root, and fails when one fails, so the commands a newcomer copies keep working.
 * Blocks fenced as plain "```sh" are examples that need a running `npm start` and are not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface RunnableBlock {
  file: string;
  line: number;
  script: string;
}

/** The "```sh runnable" blocks of a Markdown text, with the line each starts on. */
export function runnableBlocks(file: string, markdown: string): RunnableBlock[] {
  const blocks: RunnableBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```(sh|bash)\s+runnable\s*$/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]); i += 1) body.push(lines[i]);
    blocks.push({ file, line: start + 1, script: body.join('\n') });
  }
  return blocks;
}

function markdownFiles(): string[] {
  const docs = path.join(ROOT, 'docs');
  const inDocs = existsSync(docs)
    ? readdirSync(docs)
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('docs', f))
    : [];
  return ['README.md', ...inDocs];
}

function main(): number {
  const blocks = markdownFiles().flatMap((f) =>
    runnableBlocks(f, readFileSync(path.join(ROOT, f), 'utf8')),
  );
  if (blocks.length === 0) {
    process.stdout.write('no ```sh runnable blocks found: the README lost its tested commands\n');
    return 1;
  }
  let failed = 0;
  for (const block of blocks) {
    const started = Date.now();
    const res = spawnSync('bash', ['-eo', 'pipefail', '-c', block.script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ok = res.status === 0;
    if (!ok) failed += 1;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${block.file}:${block.line} (${seconds} s)\n`);
    if (!ok)
      process.stdout.write(
        `${block.script}\n--- exit ${res.status ?? res.signal}\n${res.stdout}${res.stderr}\n`,
      );
  }
  process.stdout.write(`${blocks.length - failed} of ${blocks.length} runnable blocks passed\n`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) process.exit(main());
