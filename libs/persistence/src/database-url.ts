/** Returns `url` with its database name replaced; used to derive per-service and test databases. */
export function withDatabase(url: string, database: string): string {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`invalid database name: ${database}`);
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
