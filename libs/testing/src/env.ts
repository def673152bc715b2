/**
 * Where tests find the infrastructure. `npm test` (tools/test) brings PostgreSQL and Kafka up and
 * exports these; running Jest directly falls back to the local defaults.
 */
export function testAdminDatabaseUrl(): string {
  return (
    process.env.TEST_ADMIN_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

export function testKafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());
}
