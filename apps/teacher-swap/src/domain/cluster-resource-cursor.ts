import { z } from 'zod';

export const DEFAULT_RESOURCE_PAGE = 20;
/** Documented in the schema ("`first` is capped at 100"): the gateway's cost model reads it. */
export const MAX_RESOURCE_PAGE = 100;

/** A position in the newest-first (created_at, id) order; id breaks ties within one instant. */
export interface ResourceCursor {
  createdAt: string;
  id: string;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** Opaque to clients so the ordering can change without breaking them. */
export function encodeResourceCursor(c: ResourceCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id]), 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor this service issued. */
export function decodeResourceCursor(cursor: string): ResourceCursor | null {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return parsed.success ? { createdAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Page size: default 20, capped at 100; null when not a positive whole number. */
export function resourcePageSize(first: number | null | undefined): number | null {
  if (first == null) return DEFAULT_RESOURCE_PAGE;
  if (!Number.isInteger(first) || first < 1) return null;
  return Math.min(first, MAX_RESOURCE_PAGE);
}
