import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** A position in the (display_name, id) order; id breaks ties between people with one name. */
export interface PersonCursor {
  displayName: string;
  id: string;
}

const cursorSchema = z.tuple([z.string(), z.uuid()]);

/** Opaque to clients so the ordering can change without breaking them. */
export function encodeCursor(c: PersonCursor): string {
  return Buffer.from(JSON.stringify([c.displayName, c.id]), 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor this service issued. */
export function decodeCursor(cursor: string): PersonCursor | null {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return parsed.success ? { displayName: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Page size: default 50, capped at 100 so one request cannot pull the whole directory. Null if invalid. */
export function pageSize(first: number | null | undefined): number | null {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) return null;
  return Math.min(first, MAX_PAGE_SIZE);
}
