import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { UsersyncError } from '../domain/errors.ts';
import { isDbUnavailable } from './errors.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** The outcome of one migration in a {@link migrateToLatest} run. */
export interface MigrationOutcome {
  name: string;
  status: MigrationResult['status'];
}

/**
 * Applies every pending migration, each in its own transaction, under Kysely's migration
 * lock (safe when two processes start at once). Returns a result per migration; throws
 * `DB_UNAVAILABLE` when the database cannot be reached, else `MIGRATION_FAILED` naming the
 * failed migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the schema type holds
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationOutcome[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const outcomes = results.map(({ migrationName, status }) => ({ name: migrationName, status }));
  if (error !== undefined) {
    const failed = outcomes.find((outcome) => outcome.status === 'Error')?.name ?? 'unknown';
    if (isDbUnavailable(error)) {
      throw new UsersyncError('DB_UNAVAILABLE', `The database is unavailable: ${describe(error)}`, {
        cause: error,
      });
    }
    throw new UsersyncError('MIGRATION_FAILED', `Migration ${failed} failed: ${describe(error)}`, {
      cause: error,
      context: { outcomes },
    });
  }
  return outcomes;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
