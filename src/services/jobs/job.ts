import type { ClaimSet } from '../../domain/claims.ts';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import { toDbError } from '../../db/errors.ts';
import type { JsonObject } from '../../db/schema.ts';
import { UsersyncError, isUsersyncError } from '../../domain/errors.ts';
import type { Logger } from '../../logging/logger.ts';
import type { JobRuns, JobScope } from '../../stores/store.ts';

// Every job has one shape, `(deps, options, hooks) → report` ({@link Job}), and one run
// lifecycle ({@link runJob}): recorded in the store's job runs, resumable, ended
// `completed` or `failed`. Each job is written once, over the store port ({@link JobScope}):
// the same code runs on PostgreSQL and on DynamoDB. A user or row a job cannot handle is a {@link JobFailure} in its report; the
// job goes on.

/** The jobs recorded in the store's job runs. */
export type JobKind = 'sync' | 'backfill-claims' | 'import-profiles' | 'migrate-guests';

/** The pool a job works on. */
export interface PoolRef {
  gateway: CognitoGateway;
  userPoolId: string;
}

/** What every job is built from: the store it works on, the pool, a logger, passed in. */
export interface JobDeps {
  store: JobScope;
  cognito: PoolRef;
  logger: Logger;
  /** The claims the store holds and Cognito caches (`Config.claims`). */
  claims: ClaimSet;
}

/** Options every job takes. */
export interface JobOptions {
  /** Count and report, write nothing (a resumed run keeps the value it started with). */
  dryRun: boolean;
  /** The interrupted run of this job to continue (its run id). */
  resume?: string | undefined;
}

/** Where a job stands: `done` users or rows out of `total` (an estimate), in `phase`. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

/** How a caller watches a job and stops it. */
export interface JobHooks {
  onProgress?: ((progress: JobProgress) => void) | undefined;
  /** Called once the run is recorded, with its id (what `resume` takes). */
  onRunStarted?: ((runId: string) => void) | undefined;
  /** Stops the job between pages; the run is then `failed`, and resumable. */
  signal?: AbortSignal | undefined;
}

/** One user or row a job could not handle: who, a stable code, and why (never an email). */
export interface JobFailure {
  /** The Cognito user's `sub`, where the job was working on one. */
  sub?: string;
  /** The row's id, where the job was working on a row. */
  userId?: string;
  code: string;
  reason: string;
}

/** What every job returns. */
export interface JobReport<C extends object> {
  /** The run's id in the store's job runs (the id `resume` takes). */
  runId: string;
  /** A resumed run keeps the value it started with. */
  dryRun: boolean;
  /** The counts over the whole run, a resumed run's earlier part included. */
  counts: C;
  /** The users or rows not handled; the others were. */
  failures: JobFailure[];
  /** This invocation's time. */
  durationMs: number;
}

/** The one shape of a job. */
export type Job<O extends JobOptions, R extends JobReport<object>> = (
  deps: JobDeps,
  options: O,
  hooks?: JobHooks,
) => Promise<R>;

/** A run in the store's job runs, as a job starts or resumes it. */
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
async function openJobRun(
  runs: JobRuns,
  kind: JobKind,
  start: { dryRun: boolean; options: JsonObject; resume?: string | undefined },
): Promise<JobRun> {
  if (start.resume === undefined) {
    const id = await runs.insert({ kind, dryRun: start.dryRun, options: start.options });
    const { dryRun, options } = start;
    return { id, dryRun, options, counts: {}, checkpoint: {}, resumed: false };
  }
  const previous = await runs.find(start.resume, kind);
  if (previous === undefined)
    throw new UsersyncError('NOT_FOUND', `No ${kind} run ${start.resume}.`);
  if (previous.status === 'completed') {
    throw new UsersyncError(
      'CONFLICT',
      `Run ${start.resume} is already complete; start a new one.`,
    );
  }
  await runs.reopen(previous.id);
  return {
    id: previous.id,
    dryRun: previous.dryRun,
    options: previous.options,
    counts: previous.counts,
    checkpoint: previous.checkpoint,
    resumed: true,
  };
}

/** The message of an error, or the thing thrown as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An error as a job failure's code and reason: a usersync error's own, the database's
 * (`CONFLICT`, `DATA_REFUSED`, … from `toDbError`), else `INTERNAL` with its message.
 */
export function failureOf(error: unknown): { code: string; reason: string } {
  if (isUsersyncError(error)) return { code: error.code, reason: error.message };
  const known = toDbError(error);
  return { code: known?.code ?? 'INTERNAL', reason: known?.message ?? errorMessage(error) };
}

/** How a run starts: a new one with these options and counts, or `resume`. */
export interface JobStart<C extends object> {
  dryRun: boolean;
  options: object;
  resume?: string | undefined;
  counts: C;
}

/** What a job's body works with: its run, its counts (saved as they go) and its failures. */
export interface RunningJob<C extends object> {
  run: JobRun;
  counts: C;
  failures: JobFailure[];
}

/**
 * The run lifecycle every job shares: opens the run (or resumes `start.resume`), starts
 * the counts from the ones a resumed run saved, runs `body`, and ends the run `completed`,
 * or `failed` with the error (and rethrows it; the run stays resumable). `body` saves its
 * own progress as it goes and returns what the report adds to {@link JobReport} (or puts
 * in place of its parts: the reconcile reports its plan's counts). The run is recorded in
 * `runs`.
 */
export async function runJob<C extends object, T extends object>(
  runs: JobRuns,
  kind: JobKind,
  start: JobStart<C>,
  hooks: JobHooks,
  body: (job: RunningJob<C>) => Promise<T>,
): Promise<Omit<JobReport<C>, keyof T> & T> {
  const started = Date.now();
  const run = await openJobRun(runs, kind, { ...start, options: { ...start.options } });
  hooks.onRunStarted?.(run.id);
  const job: RunningJob<C> = {
    run,
    counts: { ...start.counts, ...(run.counts as Partial<C>) },
    failures: [],
  };
  let rest: T;
  try {
    rest = await body(job);
  } catch (error) {
    await runs.finish(run.id, {
      status: 'failed',
      error: errorMessage(error),
      counts: job.counts,
    });
    throw error;
  }
  // A job's details (a reconcile's decisions) are kept with its run, for review.
  const details: unknown = 'details' in rest ? rest.details : undefined;
  await runs.finish(run.id, {
    status: 'completed',
    error: null,
    counts: job.counts,
    ...(Array.isArray(details) && { details }),
  });
  return {
    runId: run.id,
    dryRun: run.dryRun,
    counts: job.counts,
    failures: job.failures,
    durationMs: Date.now() - started,
    ...rest,
  };
}
