import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from 'pino';
import type { SupergraphSourceConfig } from '../config';

/**
 * The supergraph the gateway serves, followed while it runs: CI composes it and publishes it with
 * its SHA-256 beside it (`<location>.sha256`, `sha256sum` format accepted); the gateway polls the
 * file (a ConfigMap mount swaps both at once) or the URL (with `If-None-Match`, so an unchanged
 * supergraph costs a 304) and hands a new version to Apollo Gateway's `update`, which swaps the
 * schema and query planner between requests: in-flight requests finish on the old one.
 *
 * A version is refused, and the current one kept, when its hash is missing or does not match
 * (a half-published or tampered file), or when Apollo cannot build a schema from it (it does not
 * compose). Refusals are logged once per version, never with the SDL.
 */
export interface LiveSupergraphStatus {
  /** sha256 of the supergraph being served */
  current: string | null;
  /** the last version refused, and why */
  lastRefused: { hash: string; reason: 'hash-mismatch' | 'hash-missing' | 'invalid' } | null;
  updates: number;
}

interface Version {
  sdl: string;
  hash: string;
  /** the published hash, or null when there is none */
  published: string | null;
}

type Fetched = Version | 'unchanged';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** First token of the hash file: a bare hex digest or `sha256sum` output (`<hex>  <file>`). */
function parseHashFile(text: string): string | null {
  const token = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return /^[0-9a-f]{64}$/.test(token) ? token : null;
}

const isUrl = (location: string) => /^https?:\/\//.test(location);

class SupergraphReader {
  private etag: string | null = null;

  constructor(private readonly location: string) {}

  async read(): Promise<Fetched> {
    return isUrl(this.location) ? this.fetchUrl() : this.readFile();
  }

  private async readFile(): Promise<Version> {
    const sdl = await readFile(this.location, 'utf8');
    const published = await readFile(`${this.location}.sha256`, 'utf8').then(
      parseHashFile,
      () => null,
    );
    return { sdl, hash: sha256(sdl), published };
  }

  private async fetchUrl(): Promise<Fetched> {
    const res = await fetch(this.location, {
      headers: this.etag ? { 'if-none-match': this.etag } : {},
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 304) return 'unchanged';
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const sdl = await res.text();
    const hashRes = await fetch(`${this.location}.sha256`, { signal: AbortSignal.timeout(10_000) });
    const published = hashRes.ok ? parseHashFile(await hashRes.text()) : null;
    // only remembered once the version is read whole: a failed hash fetch retries next time
    this.etag = res.headers.get('etag');
    return { sdl, hash: sha256(sdl), published };
  }
}

/**
 * Apollo Gateway's `supergraphSdl` option: loads the first version (which must be valid and, when
 * polling, carry a matching hash: the gateway never starts on a half-published file) and then
 * polls every `pollMs`.
 */
export function liveSupergraph(
  config: SupergraphSourceConfig,
  log: Logger,
): { hook: SupergraphSdlHook; status: LiveSupergraphStatus } {
  const status: LiveSupergraphStatus = { current: null, lastRefused: null, updates: 0 };
  const reader = new SupergraphReader(config.location);
  const where = isUrl(config.location) ? 'url' : 'file';

  const refuse = (
    v: Version,
    reason: NonNullable<LiveSupergraphStatus['lastRefused']>['reason'],
  ) => {
    if (status.lastRefused?.hash !== v.hash) {
      log.warn({ supergraph: v.hash, reason }, 'supergraph refused; still serving the current one');
    }
    status.lastRefused = { hash: v.hash, reason };
  };

  const hook: SupergraphSdlHook = async ({ update }) => {
    let first: Fetched;
    try {
      first = await reader.read();
    } catch (err) {
      throw new Error(
        `cannot read the supergraph (${where} ${config.location}; run \`npm run compose\`): ${(err as Error).message}`,
      );
    }
    if (first === 'unchanged')
      throw new Error('the supergraph URL answered 304 to a first request');
    if (config.pollMs > 0 && first.published !== first.hash) {
      throw new Error(
        `the supergraph's hash ${first.published === null ? 'is missing' : 'does not match'} (${config.location}.sha256)`,
      );
    }
    status.current = first.hash;
    if (config.pollMs === 0) return { supergraphSdl: first.sdl };

    let polling: Promise<void> | null = null;
    const poll = async () => {
      let next: Fetched;
      try {
        next = await reader.read();
      } catch (err) {
        log.warn(
          { err: (err as Error).message },
          'supergraph poll failed; keeping the current one',
        );
        return;
      }
      if (next === 'unchanged' || next.hash === status.current) return;
      if (next.published === null) return refuse(next, 'hash-missing');
      if (next.published !== next.hash) return refuse(next, 'hash-mismatch');
      try {
        // throws when no schema can be built from it; Apollo keeps the previous one
        update(next.sdl);
      } catch {
        return refuse(next, 'invalid');
      }
      log.info({ from: status.current, to: next.hash }, 'supergraph updated');
      status.current = next.hash;
      status.lastRefused = null;
      status.updates += 1;
    };
    const timer = setInterval(() => {
      polling ??= poll().finally(() => {
        polling = null;
      });
    }, config.pollMs);
    timer.unref();
    log.info(
      { supergraph: first.hash, pollMs: config.pollMs, from: where },
      'following the supergraph',
    );
    return {
      supergraphSdl: first.sdl,
      cleanup: async () => {
        clearInterval(timer);
        await polling;
      },
    };
  };
  return { hook, status };
}
