/** Keyset cursors over (created_at, id), newest first: opaque base64url text to clients. */
export interface InboxCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: InboxCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');
}

export function decodeCursor(text: string): InboxCursor | null {
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [createdAt, id] = v as unknown[];
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** Page sizes: default 20, at most 100; null for anything that is not a positive whole number. */
export function pageSize(first: number | null | undefined): number | null {
  if (first === null || first === undefined) return 20;
  if (!Number.isInteger(first) || first < 1) return null;
  return Math.min(first, 100);
}
