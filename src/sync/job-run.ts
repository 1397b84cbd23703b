import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import type { JsonObject } from '../db/schema.ts';
import { UsersyncError } from '../domain/errors.ts';

/** The jobs recorded in `sync_runs`. */
export type JobKind = 'sync' | 'backfill-claims' | 'import-profiles' | 'migrate-guests';

/** A run in `sync_runs`, as a job starts or resumes it. */
export interface JobRun {
  id: string;
  dryRun: boolean;
  /** The options the run was started with (a resumed run keeps them). */
  options: JsonObject;
  /** The counts saved so far (empty for a new run). */
  counts: JsonObject;
  /** Where the run stood (empty for a new run). */
  checkpoint: JsonObject;
  resumed: boolean;
}

/**
 * Starts a run of `kind`, or, with `resume`, takes up the interrupted run of that id (it
 * must be of the same kind and not completed): its status goes back to `running` and its
 * options, counts and checkpoint come back for the job to continue from.
 */
export async function openJobRun(
  db: Db,
  kind: JobKind,
  start: { dryRun: boolean; options: JsonObject; resume?: string | undefined },
): Promise<JobRun> {
  if (start.resume === undefined) {
    const run = await db
      .insertInto('sync_runs')
      .values({ kind, dry_run: start.dryRun, options: start.options })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      id: run.id,
      dryRun: start.dryRun,
      options: start.options,
      counts: {},
      checkpoint: {},
      resumed: false,
    };
  }
  const previous = await db
    .selectFrom('sync_runs')
    .selectAll()
    .where('id', '=', start.resume)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (previous === undefined)
    throw new UsersyncError('NOT_FOUND', `No ${kind} run ${start.resume}.`);
  if (previous.status === 'completed') {
    throw new UsersyncError(
      'CONFLICT',
      `Run ${start.resume} is already complete; start a new one.`,
    );
  }
  await db
    .updateTable('sync_runs')
    .set({ status: 'running', error: null, finished_at: null, updated_at: sql`now()` })
    .where('id', '=', previous.id)
    .execute();
  return {
    id: previous.id,
    dryRun: previous.dry_run,
    options: previous.options,
    counts: previous.counts,
    checkpoint: previous.checkpoint,
    resumed: true,
  };
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

/** Ends a run: `completed` with its final counts, or `failed` with the error (resumable). */
export async function finishJobRun(
  db: Db,
  runId: string,
  outcome: { counts: object } & ({ status: 'completed' } | { status: 'failed'; error: unknown }),
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      status: outcome.status,
      counts: { ...outcome.counts },
      error: outcome.status === 'failed' ? errorMessage(outcome.error) : null,
      finished_at: new Date(),
      updated_at: sql`now()`,
    })
    .where('id', '=', runId)
    .execute();
}

/** The message of an error, or the thing thrown as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a job returns: its run, its counts over the whole run, and this invocation's time. */
export interface JobResult<C> {
  /** The run's id in `sync_runs` (the id `--resume` takes). */
  runId: string;
  /** A resumed run keeps the value it started with. */
  dryRun: boolean;
  /** The counts over the whole run, a resumed run's earlier part included. */
  counts: C;
  durationMs: number;
}

/**
 * Runs a job as a recorded run: opens it (or resumes `start.resume`), starts the counts
 * from the ones a resumed run saved, runs `body`, and ends the run `completed`, or
 * `failed` with the error (and rethrows it). `body` saves its own progress as it goes.
 */
export async function runJob<C extends object>(
  db: Db,
  kind: JobKind,
  start: { dryRun: boolean; options: JsonObject; resume?: string | undefined; counts: C },
  body: (run: JobRun, counts: C) => Promise<void>,
): Promise<JobResult<C>> {
  const started = Date.now();
  const run = await openJobRun(db, kind, start);
  const counts = { ...start.counts, ...(run.counts as Partial<C>) };
  try {
    await body(run, counts);
  } catch (error) {
    await finishJobRun(db, run.id, { status: 'failed', error, counts });
    throw error;
  }
  await finishJobRun(db, run.id, { status: 'completed', counts });
  return { runId: run.id, dryRun: run.dryRun, counts, durationMs: Date.now() - started };
}
