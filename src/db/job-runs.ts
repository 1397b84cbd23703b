import { sql } from 'kysely';
import type { Db, JsonObject, SyncRunsTable } from './schema.ts';
import type { Selectable } from 'kysely';
import { UsersyncError } from '../domain/errors.ts';

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

/** The columns of a run, but its details. */
const RUN_COLUMNS = [
  'id',
  'kind',
  'status',
  'dry_run',
  'options',
  'counts',
  'checkpoint',
  'error',
  'started_at',
  'updated_at',
  'finished_at',
] as const;

/** A `sync_runs` row as read, but its details. */
export type JobRunSummaryRow = Omit<JobRunRow, 'details'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The run of this id (and kind, when given), if any; an id that is no UUID finds none. */
export async function findJobRun(
  db: Db,
  id: string,
  kind?: string,
): Promise<JobRunSummaryRow | undefined> {
  if (!UUID.test(id)) return undefined;
  let query = db.selectFrom('sync_runs').select(RUN_COLUMNS).where('id', '=', id);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.executeTakeFirst();
}

/**
 * Runs newest first (ids are time-ordered), `limit` of them after the cursor (the last id
 * of the page before); a cursor that is not one is `VALIDATION_FAILED`.
 */
export async function listJobRuns(
  db: Db,
  page: { limit: number; cursor?: string },
): Promise<{ rows: JobRunSummaryRow[]; nextCursor: string | null }> {
  if (page.cursor !== undefined && !UUID.test(page.cursor)) {
    throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not one this list gave out.');
  }
  let query = db
    .selectFrom('sync_runs')
    .select(RUN_COLUMNS)
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) query = query.where('id', '<', page.cursor);
  const rows = await query.execute();
  const shown = rows.slice(0, page.limit);
  return {
    rows: shown,
    nextCursor: rows.length > page.limit ? (shown.at(-1)?.id ?? null) : null,
  };
}

/** A run's kept details (none: an empty list). */
export async function jobRunDetails(db: Db, id: string): Promise<unknown[]> {
  if (!UUID.test(id)) return [];
  const row = await db
    .selectFrom('sync_runs')
    .select('details')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.details ?? [];
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
  outcome: {
    counts: object;
    status: 'completed' | 'failed';
    error: string | null;
    details?: readonly unknown[];
  },
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      status: outcome.status,
      counts: { ...outcome.counts },
      error: outcome.error,
      ...(outcome.details !== undefined && { details: JSON.stringify(outcome.details) }),
      finished_at: new Date(),
      updated_at: sql`now()`,
    })
    .where('id', '=', runId)
    .execute();
}
