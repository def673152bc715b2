import { builtinModules } from 'node:module';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './infra/process-utils';
import { appOutDir } from './build-apps';
import type { AppName } from './services';

/*
 * An app's image carries only the npm packages its compiled output requires, and what those
 * require in turn: computed from the compiled build (dist/apps/<app>, libs included), with the
 * exact versions and the tree layout of the root package-lock.json. So the gateway's image has no
 * TypeORM and the people service's no chromium driver, and nothing is resolved afresh from the
 * registry at image build time: the image runs what the tests ran.
 */

/** `require("x")` / `require("@scope/x/sub")` in SWC's CommonJS output. */
const BARE_REQUIRE = /\brequire\("([^"./][^"]*)"\)/g;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The package a module specifier names: `@scope/name/sub` → `@scope/name`, `x/sync` → `x`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function jsFiles(dir: string, into: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) jsFiles(p, into);
    else if (entry.name.endsWith('.js')) into.push(p);
  }
  return into;
}

/**
 * Every bare module specifier the compiled app requires (its own files and its compiled libs),
 * with the files that require it; Node's built-ins and the app's own libs (@ekst/*) left out.
 */
export function compiledRequires(outDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of jsFiles(outDir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(BARE_REQUIRE)) {
      const spec = m[1];
      if (BUILTINS.has(spec) || BUILTINS.has(packageOf(spec)) || spec.startsWith('@ekst/'))
        continue;
      const files = found.get(spec) ?? [];
      files.push(path.relative(outDir, file));
      found.set(spec, files);
    }
  }
  return found;
}

interface LockPackage {
  version?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

export function readLockfile(root = REPO_ROOT): Lockfile {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  if (lock.lockfileVersion < 2 || !lock.packages) {
    throw new Error('package-lock.json must be lockfileVersion 2 or 3 (npm 7+)');
  }
  return lock;
}

/**
 * Where Node would find `name` when required from the package installed at `from` (a lockfile
 * key such as `node_modules/a/node_modules/b`, or '' for the root): the nearest
 * `node_modules/<name>` walking up, as the lockfile lays the tree out.
 */
function resolveInLock(lock: Lockfile, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!dir) return null;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}

export interface AppDependencies {
  app: AppName;
  /** the packages the compiled app requires itself, with their exact lockfile versions */
  direct: Record<string, string>;
  /** every lockfile path (`node_modules/...`) the app needs installed: direct and transitive */
  installed: string[];
  /** required by the compiled code but in no lockfile entry (a missing dependency: a bug) */
  missing: string[];
}

/**
 * The packages `app` needs at run time, from its compiled output (`npm run build` first) and
 * the lockfile: direct requires, then their dependencies, optional dependencies that are
 * installed, and non-optional peers, as the lockfile's tree resolves them.
 */
export function appDependencies(app: AppName, root = REPO_ROOT): AppDependencies {
  const outDir = appOutDir(app, root);
  if (!existsSync(path.join(outDir, 'main.js'))) {
    throw new Error(`${app} is not built (npm run build -- ${app})`);
  }
  return { app, ...dependenciesOfOutput(outDir, root) };
}

/**
 * The same for any folder of compiled CommonJS (the portal's server, which is not built by
 * `buildApps`): what its files require, resolved through the lockfile.
 */
export function dependenciesOfOutput(
  outDir: string,
  root = REPO_ROOT,
): Omit<AppDependencies, 'app'> {
  const lock = readLockfile(root);
  const direct: Record<string, string> = {};
  const missing: string[] = [];
  const installed = new Set<string>();
  const pending: string[] = [];
  for (const name of [...new Set([...compiledRequires(outDir).keys()].map(packageOf))].sort()) {
    const key = resolveInLock(lock, '', name);
    const entry = key ? lock.packages[key] : undefined;
    if (!key || !entry?.version) {
      missing.push(name);
      continue;
    }
    direct[name] = entry.version;
    pending.push(key);
  }
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (installed.has(key)) continue;
    installed.add(key);
    const entry = lock.packages[key];
    const peers = Object.keys(entry.peerDependencies ?? {}).filter(
      (p) => !entry.peerDependenciesMeta?.[p]?.optional,
    );
    const optional = Object.keys(entry.optionalDependencies ?? {});
    for (const dep of [...Object.keys(entry.dependencies ?? {}), ...peers, ...optional]) {
      const at = resolveInLock(lock, key, dep);
      // an optional dependency for another platform is in the lockfile but not on disk
      if (!at || (optional.includes(dep) && !existsSync(path.join(root, at)))) {
        if (!optional.includes(dep)) missing.push(`${dep} (of ${key})`);
        continue;
      }
      if (!installed.has(at)) pending.push(at);
    }
  }
  return { direct, installed: [...installed].sort(), missing };
}

/** The app's own package.json: exactly its runtime dependencies, at the lockfile's versions. */
export function appPackageJson(deps: AppDependencies): string {
  const manifest = {
    name: `@ekst/app-${deps.app}`,
    private: true,
    description: `EKST ${deps.app}: runtime dependencies computed from its compiled output (npm run build:deps)`,
    main: 'main.js',
    engines: { node: '>=20.19' },
    dependencies: deps.direct,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Copies one installed package from `root` into `dest` (same relative path), without its nested
 * node_modules (those are lockfile entries of their own, copied only if needed). Hard links when
 * both sides are on one filesystem, copies otherwise.
 */
function copyPackage(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    const stat = lstatSync(src);
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
    else if (stat.isDirectory()) copyPackage(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

/**
 * Lays out a runnable copy of the app in `dest`, as its image holds it: `dist/apps/<app>` (the
 * compiled app and its libs), its package.json, and `node_modules` with only the packages in
 * `deps.installed` (what a per-app `npm ci` from that package.json and the root lockfile installs).
 */
export function stageApp(deps: AppDependencies, dest: string, root = REPO_ROOT): void {
  const appDir = path.join(dest, 'dist', 'apps', deps.app);
  copyPackage(appOutDir(deps.app, root), appDir);
  // the compiled libs live in the app's own node_modules, which copyPackage skips
  copyPackage(
    path.join(appOutDir(deps.app, root), 'node_modules'),
    path.join(appDir, 'node_modules'),
  );
  for (const lib of readdirSync(path.join(appDir, 'node_modules', '@ekst'))) {
    const libDir = path.join(appDir, 'node_modules', '@ekst', lib);
    if (!existsSync(path.join(libDir, 'index.js'))) {
      throw new Error(`compiled lib @ekst/${lib} has no index.js`);
    }
  }
  writeFileSync(path.join(dest, 'package.json'), appPackageJson(deps));
  stagePackages(deps.installed, dest, root);
}

/** Copies the lockfile paths `installed` (`node_modules/...`) from `root` into `dest`. */
export function stagePackages(installed: readonly string[], dest: string, root = REPO_ROOT): void {
  for (const key of installed) copyPackage(path.join(root, key), path.join(dest, key));
}
