import { randomUUID } from 'node:crypto';
import { connectPostgres, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertUsersFromCognito } from '../src/db/users-bulk.ts';
import { sql } from 'kysely';
import type { ClaimValues } from '../src/domain/claims.ts';
import { applyAdopt, planAdopt } from '../src/services/adopt/adopt-sql.ts';
import { createScratchDatabase } from '../support/scratch-database.ts';
import type { TeamTable } from '../support/team-tables.ts';

/**
 * A migrated scratch database on the benchmark's PostgreSQL server (with `team`, that
 * team's users table made and mapped); `drop` removes it.
 */
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
export async function scratchDatabase(
  name: string,
  poolMax: number,
  team?: TeamTable,
): Promise<ScratchDatabase> {
  const adminUrl = benchDatabaseUrl();
  if (adminUrl === undefined)
    throw new Error(`${name} needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL`);
  const scratch = await createScratchDatabase(adminUrl);
  const database = connectPostgres(scratch.url, { max: poolMax });
  if (team === undefined) await migrateToLatest(database);
  else {
    // A team's own table, mapped, with the indexes `usersync db adopt` gives it.
    await sql.raw(team.ddl).execute(database.db);
    await migrateToLatest(database, { users: team.mapping, claims: team.claims });
    const plan = await planAdopt(database.db, 'usersync', team.mapping, {
      events: false,
      concurrently: false,
    });
    await applyAdopt(database.db, plan);
  }
  return {
    url: scratch.url,
    database,
    drop: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * Inserts `count` linked users through usersync's set-based insert (on a mapped table, its
 * view), then gives user `i` the claims `claimsOf(i)` (by default `dev-<i>`, `pro`, `Acme`);
 * returns their subs in order.
 */
export async function seedUsers(
  database: DatabaseHandle,
  count: number,
  emailPrefix: string,
  claimsOf: (i: number) => ClaimValues = (i) => ({
    'custom:developer_id': `dev-${i}`,
    'custom:user_type': 'pro',
    'custom:company_name': 'Acme',
  }),
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
    })),
  );
  await sql`
    update usersync.users set claims = c.claims
      from unnest(${subs}::text[], ${subs.map((_, i) => JSON.stringify(claimsOf(i)))}::jsonb[]) as c(sub, claims)
     where usersync.users.cognito_sub = c.sub`.execute(database.db);
  return subs;
}
