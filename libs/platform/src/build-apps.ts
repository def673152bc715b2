import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { transform } from '@swc/core';
import type { Options } from '@swc/core';
import { REPO_ROOT } from './infra/process-utils';
import { APP_NAMES } from './services';
import type { AppName } from './services';

/**
 * Where an app's compiled output lives: `dist/apps/<app>/main.js`, its schema.graphql beside it,
 * and the libs it requires (transitively) under `node_modules/@ekst/<lib>/` inside that folder,
 * so the folder runs with `node main.js` against the root node_modules and nothing else (the
 * Docker image copies exactly it).
 */
export function appOutDir(app: AppName, root = REPO_ROOT): string {
  return path.join(root, 'dist', 'apps', app);
}

export function compiledMain(app: AppName, root = REPO_ROOT): string {
  return path.join(appOutDir(app, root), 'main.js');
}

/** Bumped when the layout of the output changes, so old output is rebuilt. */
const BUILDER_VERSION = '1';
const STAMP = '.build-stamp';
const LIB_IMPORT = /require\("@ekst\/([a-z0-9-]+)"\)/g;

function isSource(file: string): boolean {
  return file.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(file);
}

/** Files other than TypeScript that the code reads next to itself (`__dirname`). */
function isAsset(file: string): boolean {
  return file.endsWith('.graphql');
}

function walk(dir: string, into: string[] = []): string[] {
  if (!existsSync(dir)) return into;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, into);
    else if (isSource(entry.name) || isAsset(entry.name)) into.push(p);
  }
  return into;
}

/** SWC settings: the repository's .swcrc (what Jest uses), with source maps in files of their own. */
function swcOptions(root: string): Options {
  const rc = JSON.parse(readFileSync(path.join(root, '.swcrc'), 'utf8')) as Options & {
    $schema?: string;
  };
  delete rc.$schema;
  // Separate .map files: inline maps would sit in every module's source text in memory.
  return { ...rc, swcrc: false, configFile: false, sourceMaps: true };
}

/**
 * Fingerprint of everything a build reads: the app's src, every lib's src (which of them the app
 * uses is known only after compiling), .swcrc and this builder. Sizes and mtimes, not contents:
 * checking it costs a few hundred stat calls.
 */
function fingerprint(app: AppName, root: string): string {
  const hash = createHash('sha256').update(BUILDER_VERSION);
  const libsDir = path.join(root, 'libs');
  const dirs = [
    path.join(root, 'apps', app, 'src'),
    ...readdirSync(libsDir).map((lib) => path.join(libsDir, lib, 'src')),
  ];
  for (const file of [path.join(root, '.swcrc'), ...dirs.flatMap((d) => walk(d))].sort()) {
    const s = statSync(file);
    hash.update(`${path.relative(root, file)}:${s.size}:${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

async function compileTree(
  srcDir: string,
  outDir: string,
  options: Options,
): Promise<{ files: number; libs: Set<string> }> {
  const libs = new Set<string>();
  const files = walk(srcDir);
  await Promise.all(
    files.map(async (file) => {
      const rel = path.relative(srcDir, file);
      const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
      mkdirSync(path.dirname(target), { recursive: true });
      if (isAsset(file)) {
        copyFileSync(file, target);
        return;
      }
      const out = await transform(readFileSync(file, 'utf8'), {
        ...options,
        filename: file,
        sourceFileName: path.relative(path.dirname(target), file),
      });
      for (const m of out.code.matchAll(LIB_IMPORT)) libs.add(m[1]);
      const mapName = `${path.basename(target)}.map`;
      writeFileSync(target, `${out.code}\n//# sourceMappingURL=${mapName}\n`);
      if (out.map) writeFileSync(`${target}.map`, out.map);
    }),
  );
  return { files: files.length, libs };
}

export interface BuildResult {
  app: AppName;
  outDir: string;
  /** false when the output was already up to date */
  built: boolean;
  files: number;
  libs: string[];
  ms: number;
}

async function compileApp(app: AppName, root: string, outDir: string): Promise<BuildResult> {
  const started = Date.now();
  const options = swcOptions(root);
  const first = await compileTree(path.join(root, 'apps', app, 'src'), outDir, options);
  let files = first.files;
  const done = new Set<string>();
  const pending = [...first.libs];
  while (pending.length > 0) {
    const lib = pending.pop() as string;
    if (done.has(lib)) continue;
    done.add(lib);
    const libOut = path.join(outDir, 'node_modules', '@ekst', lib);
    const compiled = await compileTree(path.join(root, 'libs', lib, 'src'), libOut, options);
    files += compiled.files;
    writeFileSync(
      path.join(libOut, 'package.json'),
      `${JSON.stringify({ name: `@ekst/${lib}`, private: true, main: 'index.js' }, null, 2)}\n`,
    );
    pending.push(...compiled.libs);
  }
  return { app, outDir, built: true, files, libs: [...done].sort(), ms: Date.now() - started };
}

/**
 * Compiles one folder of TypeScript that is not an app's src (the portal's server) to CommonJS
 * in `outDir`, with the same SWC settings; it may not use the @ekst libs (they would not be there).
 */
export async function compileFolder(
  srcDir: string,
  outDir: string,
  root = REPO_ROOT,
): Promise<number> {
  const { files, libs } = await compileTree(srcDir, outDir, swcOptions(root));
  if (libs.size > 0) {
    throw new Error(`${srcDir} requires ${[...libs].map((l) => `@ekst/${l}`).join(', ')}`);
  }
  return files;
}

/**
 * Compiles one app with SWC unless its output is up to date. The output is written beside the
 * final folder and moved into place, so a process never starts from half a build.
 */
export async function buildApp(app: AppName, root = REPO_ROOT): Promise<BuildResult> {
  const outDir = appOutDir(app, root);
  const stamp = fingerprint(app, root);
  const stampFile = path.join(outDir, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return { app, outDir, built: false, files: 0, libs: [], ms: 0 };
  }
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    const result = await compileApp(app, root, tmp);
    writeFileSync(path.join(tmp, STAMP), stamp);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
    return { ...result, outDir };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Builds the given apps (all by default) under a lock, so parallel test workers that each start
 * a stack build once and never replace output another worker's processes are starting from.
 */
export async function buildApps(
  apps: readonly AppName[] = APP_NAMES,
  root = REPO_ROOT,
): Promise<BuildResult[]> {
  const release = await acquireLock(path.join(root, 'dist', 'apps', '.build-lock'));
  try {
    const results: BuildResult[] = [];
    for (const app of apps) results.push(await buildApp(app, root));
    return results;
  } finally {
    release();
  }
}

async function acquireLock(dir: string, staleMs = 120_000): Promise<() => void> {
  mkdirSync(path.dirname(dir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A builder killed mid-way leaves its lock behind; nothing builds for this long.
      const held = statSync(dir, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > staleMs)
        rmSync(dir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
