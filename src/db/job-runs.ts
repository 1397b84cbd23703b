import { sql } from 'kysely';
import type { Db, JsonObject, SyncRunsTable } from './schema.ts';
import type { Selectable } from 'kysely';

/** A row of `sync_runs`: one run of a job, its counts and its checkpoint. */
export type JobRunRow = Selectable<SyncRunsTable>;

/** Records a new run of `kind`, `running`; returns its id. */
export async function insertJobRun(
  db: Db,
  run: { kind: string; dryRun: boolean; options: JsonObject },
): Promise<string> {
  const row = await db
    .insertInto('sync_runs')
    .values({ kind: run.kind, dry_run: run.dryRun, options: run.options })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The run of this id and kind, if any. */
export async function findJobRun(db: Db, id: string, kind: string): Promise<JobRunRow | undefined> {
  return db
    .selectFrom('sync_runs')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

/** Puts a run that stopped back to `running` (its error and end cleared). */
export async function reopenJobRun(db: Db, id: string): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({ status: 'running', error: null, finished_at: null, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * Saves a run's progress: its counts and, when given, checkpoint entries, merged into the
 * saved checkpoint (segments save their own entries side by side).
 */
export async function saveJobProgress(
  db: Db,
  runId: string,
  progress: { counts: object; checkpoint?: object },
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      counts: { ...progress.counts },
      ...(progress.checkpoint !== undefined && {
        checkpoint: sql<JsonObject>`checkpoint || ${JSON.stringify(progress.checkpoint)}::jsonb`,
      }),
      updated_at: sql`now()`,
    })
    .where('id', '=', runId)
    .execute();
}

/** Ends a run: `completed`, or `failed` with its error (it stays resumable), and its counts. */
export async function finishJobRun(
  db: Db,
  runId: string,
  outcome: { counts: object; status: 'completed' | 'failed'; error: string | null },
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      status: outcome.status,
      counts: { ...outcome.counts },
      error: outcome.error,
      finished_at: new Date(),
      updated_at: sql`now()`,
    })
    .where('id', '=', runId)
    .execute();
}
