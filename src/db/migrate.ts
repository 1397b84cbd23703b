import { Migrator, sql, type Kysely, type Migration, type MigrationResult } from 'kysely';
import { DEFAULT_CLAIM_SET, type ClaimSet } from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { UsersMapping } from '../domain/users-table.ts';
import { MAP_USERS_TABLE, mapUsersTable } from './mapped-users.ts';
import type { DatabaseHandle } from './connection.ts';
import { isDbUnavailable } from './errors.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** The outcome of one migration in a {@link migrateToLatest} run. */
export interface MigrationOutcome {
  name: string;
  status: MigrationResult['status'];
}

/** The step, reported as a migration, that moves an earlier version's layout into the schema. */
export const MOVE_TO_SCHEMA = 'move-to-own-schema';

/** The tables earlier versions kept in `public`, usersync's own, moved with their data. */
const EARLIER_TABLES = [
  'kysely_migration',
  'kysely_migration_lock',
  'users',
  'outbox',
  'processed_events',
  'consumer_positions',
  'sync_runs',
  'sync_listed',
  'rate_limits',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the schema type holds
type AnyDb = Kysely<any>;

/**
 * Applies every pending migration in `database.schema`, under Kysely's migration lock (safe
 * when two processes start at once), and keeps the migrations' bookkeeping there too; the
 * schema is made if it is missing. A database that an earlier version migrated (its
 * tables, functions and bookkeeping in `public`) is first moved into the schema with its
 * data, in one transaction ({@link MOVE_TO_SCHEMA}). With a team's users table mapped
 * (`adopted.users`), `users` then becomes the view of it ({@link MAP_USERS_TABLE},
 * src/db/mapped-users.ts). Nothing outside the schema is created, altered or dropped. Returns a result per migration; throws `DB_UNAVAILABLE` when the
 * database cannot be reached, else `MIGRATION_FAILED` naming the failed migration.
 */
export async function migrateToLatest(
  database: Pick<DatabaseHandle, 'db' | 'schema'>,
  adopted: { users: UsersMapping | undefined; claims: ClaimSet } = {
    users: undefined,
    claims: DEFAULT_CLAIM_SET,
  },
): Promise<MigrationOutcome[]> {
  // The migrations name their tables unqualified: each runs with the schema alone on its
  // transaction's search path, so that what it makes lands there.
  const db: AnyDb = database.db.withoutPlugins();
  const { schema } = database;
  const outcomes: MigrationOutcome[] = [];
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    if (await moveEarlierLayout(db, schema))
      outcomes.push({ name: MOVE_TO_SCHEMA, status: 'Success' });
  } catch (error) {
    throw migrationError(error, MOVE_TO_SCHEMA, outcomes);
  }
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: () => Promise.resolve(inSchema(MIGRATIONS, schema)) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  outcomes.push(...results.map(({ migrationName, status }) => ({ name: migrationName, status })));
  if (error !== undefined) {
    const failed = outcomes.find((outcome) => outcome.status === 'Error')?.name ?? 'unknown';
    throw migrationError(error, failed, outcomes);
  }
  try {
    if (await mapUsersTable(db, schema, adopted.users, adopted.claims)) {
      outcomes.push({ name: MAP_USERS_TABLE, status: 'Success' });
    }
  } catch (error) {
    if (error instanceof UsersyncError) throw error;
    throw migrationError(error, MAP_USERS_TABLE, outcomes);
  }
  return outcomes;
}

/** Each migration, run with only `schema` on its transaction's search path. */
function inSchema(
  migrations: Record<string, Migration>,
  schema: string,
): Record<string, Migration> {
  const scoped =
    (step: (db: AnyDb) => Promise<void>) =>
    async (db: AnyDb): Promise<void> => {
      await sql`select set_config('search_path', ${schema}, true)`.execute(db);
      await step(db);
    };
  return Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => {
      const down = migration.down?.bind(migration);
      return [
        name,
        {
          up: scoped((db) => migration.up(db)),
          ...(down !== undefined && { down: scoped(down) }),
        },
      ];
    }),
  );
}

/**
 * Moves what an earlier version made in `public` (its bookkeeping records `0001-initial`
 * there, and the schema has none) into `schema`: the tables with their rows, indexes,
 * constraints, sequences and triggers, and the `usersync_*` functions. One transaction under
 * an advisory lock: two processes starting at once move it once. Returns whether it moved.
 */
async function moveEarlierLayout(db: AnyDb, schema: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('usersync:migrate'))`.execute(trx);
    const { rows } = await sql<{ earlier: boolean }>`
      select to_regclass(${`${quoted(schema)}.kysely_migration`}) is null
         and to_regclass('public.kysely_migration') is not null as earlier`.execute(trx);
    if (rows[0]?.earlier !== true) return false;
    const { rows: initial } = await sql<{ found: boolean }>`
      select exists (select from public.kysely_migration where name = '0001-initial') as found`.execute(
      trx,
    );
    if (initial[0]?.found !== true) return false;
    for (const name of EARLIER_TABLES) {
      await sql`alter table if exists ${sql.table(`public.${name}`)} set schema ${sql.id(schema)}`.execute(
        trx,
      );
    }
    const { rows: functions } = await sql<{ name: string; args: string }>`
      select p.proname as name, pg_get_function_identity_arguments(p.oid) as args
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and p.proname like 'usersync\\_%'`.execute(trx);
    for (const fn of functions) {
      await sql`alter function ${sql.id('public', fn.name)}(${sql.raw(fn.args)}) set schema ${sql.id(schema)}`.execute(
        trx,
      );
    }
    return true;
  });
}

/** A schema name as `to_regclass` reads it. */
function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function migrationError(
  error: unknown,
  failed: string,
  outcomes: MigrationOutcome[],
): UsersyncError {
  if (isDbUnavailable(error)) {
    return new UsersyncError('DB_UNAVAILABLE', `The database is unavailable: ${describe(error)}`, {
      cause: error,
    });
  }
  return new UsersyncError('MIGRATION_FAILED', `Migration ${failed} failed: ${describe(error)}`, {
    cause: error,
    context: { outcomes },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
