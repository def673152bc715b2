import { Client } from 'pg';
import { ensureDatabase } from '@ekst/platform';

/**
 * Progress of the demo load, in a small database of its own (`ekst_demo_seed`, beside the
 * services' databases, so `npm run reset` drops it with them). It holds the programme's first
 * day (so a run on another day resumes the same programme) and one row per finished step;
 * the row `complete` is what makes the demo count as present.
 */
export const SEED_STATE_DATABASE = 'ekst_demo_seed';

export function seedStateDatabaseName(databaseSuffix: string): string {
  return `${SEED_STATE_DATABASE}${databaseSuffix}`;
}

/** Creates the state database when missing and returns its URL. */
export function ensureSeedStateDatabase(adminUrl: string, databaseSuffix = ''): Promise<string> {
  return ensureDatabase(adminUrl, seedStateDatabaseName(databaseSuffix));
}

export class SeedState {
  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<SeedState> {
    const client = new Client({ connectionString: url, application_name: 'demo-seed-state' });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(
      `CREATE TABLE IF NOT EXISTS demo_seed_state (
         key text PRIMARY KEY,
         value jsonb NOT NULL,
         recorded_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    return new SeedState(client);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const { rows } = await this.client.query<{ value: T }>(
      'SELECT value FROM demo_seed_state WHERE key = $1',
      [key],
    );
    return rows[0]?.value;
  }

  /** Records `value` unless the key already has one; returns the value that is stored. */
  async keepFirst<T>(key: string, value: T): Promise<T> {
    await this.client.query(
      'INSERT INTO demo_seed_state (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING',
      [key, JSON.stringify(value)],
    );
    return (await this.get<T>(key)) as T;
  }

  async isDone(step: string): Promise<boolean> {
    return (await this.get(`step:${step}`)) !== undefined;
  }

  async markDone(step: string): Promise<void> {
    await this.client.query(
      `INSERT INTO demo_seed_state (key, value) VALUES ($1, 'true'::jsonb)
       ON CONFLICT (key) DO UPDATE SET recorded_at = now()`,
      [`step:${step}`],
    );
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
