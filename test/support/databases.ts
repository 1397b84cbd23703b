import { connectPostgres, type DatabaseHandle } from '../../src/db/connection.ts';
import { connectMemory } from '../../src/db/embedded.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createScratchDatabase, type ScratchDatabaseUrl } from '../../support/scratch-database.ts';

/** A database a test file runs against: PGlite always, PostgreSQL when `TEST_DATABASE_URL` is set. */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated database of this kind for one test file; `close` drops it. */
  open(): Promise<DatabaseHandle>;
  /** Opens a fresh database with nothing in it, not migrated; `close` drops it. */
  openEmpty(): Promise<DatabaseHandle>;
}

/** The databases every DB test loops over. */
export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite', open: openMemory, openEmpty: connectMemory },
  ...(process.env['TEST_DATABASE_URL']
    ? [{ name: 'postgres' as const, open: openPostgres, openEmpty: openEmptyPostgres }]
    : []),
];

async function openMemory(): Promise<DatabaseHandle> {
  const handle = await connectMemory();
  await migrateToLatest(handle);
  return handle;
}

/**
 * Creates a database of its own on the `TEST_DATABASE_URL` server, so test files running
 * side by side never see each other's rows; `drop` removes it.
 */
export async function createPostgresDatabase(): Promise<ScratchDatabaseUrl> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  return createScratchDatabase(adminUrl);
}

async function openPostgres(): Promise<DatabaseHandle> {
  const handle = await openEmptyPostgres();
  await migrateToLatest(handle);
  return handle;
}

async function openEmptyPostgres(): Promise<DatabaseHandle> {
  const { url, drop } = await createPostgresDatabase();
  const handle = connectPostgres(url, { max: 10 });
  return { ...handle, close: () => handle.close().finally(drop) };
}
