import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The portal's initial JavaScript budget: what a browser must download before the first page can
 * render (the entry chunk and every chunk it imports statically), gzip-compressed as it is served.
 * Route pages and ECharts are split into chunks loaded on navigation, so they do not count.
 */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface BudgetReport {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
  budgetBytes: number;
  ok: boolean;
}

/** Reads Vite's `.vite/manifest.json` in `distDir` and measures the initial JS. */
export function measureInitialJs(
  distDir: string,
  budgetBytes: number = INITIAL_JS_BUDGET_BYTES,
): BudgetReport {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  if (entries.length === 0) throw new Error(`no entry chunk in ${distDir}/.vite/manifest.json`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  entries.forEach(visit);
  const files = [...seen]
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(path.join(distDir, file));
      return {
        file,
        bytes: statSync(path.join(distDir, file)).size,
        gzipBytes: gzipSync(body).length,
      };
    });
  const gzipBytes = files.reduce((t, f) => t + f.gzipBytes, 0);
  return { files, gzipBytes, budgetBytes, ok: gzipBytes <= budgetBytes };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
