import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** A database a test file runs against: PGlite always, PostgreSQL when `TEST_DATABASE_URL` is set. */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated database of this kind for one test file; `close` drops it. */
  open(): Promise<DatabaseHandle>;
}

/** The databases every DB test loops over. */
export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite', open: openMemory },
  ...(process.env['TEST_DATABASE_URL'] ? [{ name: 'postgres' as const, open: openPostgres }] : []),
];

async function openMemory(): Promise<DatabaseHandle> {
  const handle = await connectMemory();
  await migrateToLatest(handle.db);
  return handle;
}

/**
 * Creates a database of its own on the `TEST_DATABASE_URL` server, so test files running
 * side by side never see each other's rows; `close` drops it.
 */
export async function createPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `usersync_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function openPostgres(): Promise<DatabaseHandle> {
  const { url, drop } = await createPostgresDatabase();
  const handle = connectPostgres(url, { max: 10 });
  await migrateToLatest(handle.db);
  return { ...handle, close: () => handle.close().finally(drop) };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
