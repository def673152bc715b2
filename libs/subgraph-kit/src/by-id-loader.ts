import DataLoader from 'dataloader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A per-request DataLoader keyed by uuid: every key asked for in one tick becomes ONE call to
 * `loadMany` (one SQL query for a whole `_entities` request). Keys that are not uuids resolve to
 * null without reaching the database (Postgres would reject them with a SQL error).
 */
export function createByIdLoader<T extends { id: string }>(
  loadMany: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((k) => k.toLowerCase()))];
    const rows = ids.length ? await loadMany(ids) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return keys.map((k) => byId.get(k.toLowerCase()) ?? null);
  });
}

/** Groups rows by a foreign key for one-to-many loaders (e.g. people of many partners at once). */
export function createGroupLoader<T>(
  loadMany: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const valid = [...new Set(keys.filter(isUuid).map((k) => k.toLowerCase()))];
    const rows = valid.length ? await loadMany(valid) : [];
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    return keys.map((k) => groups.get(k.toLowerCase()) ?? []);
  });
}
