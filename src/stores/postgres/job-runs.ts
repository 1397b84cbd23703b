import {
  findJobRun,
  finishJobRun,
  insertJobRun,
  jobRunDetails,
  listJobRuns,
  reopenJobRun,
  saveJobProgress,
  type JobRunSummaryRow,
} from '../../db/job-runs.ts';
import type { Db } from '../../db/schema.ts';
import type { JobRunRecord, JobRuns } from '../store.ts';

function recordOf(row: JobRunSummaryRow): JobRunRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    dryRun: row.dry_run,
    options: row.options,
    counts: row.counts,
    checkpoint: row.checkpoint,
    error: row.error,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** Job runs in PostgreSQL's `sync_runs`. */
export function postgresJobRuns(db: Db): JobRuns {
  return {
    insert: (run) => insertJobRun(db, run),
    find: async (id, kind) => {
      const row = await findJobRun(db, id, kind);
      return row && recordOf(row);
    },
    list: async (page) => {
      const { rows, nextCursor } = await listJobRuns(db, page);
      return { items: rows.map(recordOf), nextCursor };
    },
    details: (id) => jobRunDetails(db, id),
    reopen: (id) => reopenJobRun(db, id),
    saveProgress: (id, progress) => saveJobProgress(db, id, progress),
    finish: (id, outcome) => finishJobRun(db, id, outcome),
  };
}
