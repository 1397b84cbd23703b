import { randomUUID } from 'node:crypto';
import { connectPostgres, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertUsersFromCognito } from '../src/db/users-bulk.ts';
import { createScratchDatabase } from '../support/scratch-database.ts';

/** A migrated scratch database on the benchmark's PostgreSQL server; `drop` removes it. */
export interface ScratchDatabase {
  url: string;
  database: DatabaseHandle;
  drop(): Promise<void>;
}

/** The PostgreSQL server benchmarks run on: `BENCH_DATABASE_URL` (or `TEST_DATABASE_URL`). */
export function benchDatabaseUrl(): string | undefined {
  return process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
}

/** Opens a scratch database on {@link benchDatabaseUrl}; `name` says who needs it. */
export async function scratchDatabase(name: string, poolMax: number): Promise<ScratchDatabase> {
  const adminUrl = benchDatabaseUrl();
  if (adminUrl === undefined)
    throw new Error(`${name} needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL`);
  const scratch = await createScratchDatabase(adminUrl);
  const database = connectPostgres(scratch.url, { max: poolMax });
  await migrateToLatest(database);
  return {
    url: scratch.url,
    database,
    drop: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** Inserts `count` linked users with claims `dev-<i>`, `pro`, `Acme`; returns their subs in order. */
export async function seedUsers(
  database: DatabaseHandle,
  count: number,
  emailPrefix: string,
): Promise<string[]> {
  const subs = Array.from({ length: count }, () => randomUUID());
  await insertUsersFromCognito(
    database.db,
    subs.map((sub, i) => ({
      sub,
      email: `${emailPrefix}${i}@example.com`,
      emailVerified: true,
      name: null,
      phone: null,
      claims: {
        'custom:developer_id': `dev-${i}`,
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
      },
    })),
  );
  return subs;
}
