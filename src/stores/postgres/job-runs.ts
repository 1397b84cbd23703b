import {
  findJobRun,
  finishJobRun,
  insertJobRun,
  reopenJobRun,
  saveJobProgress,
} from '../../db/job-runs.ts';
import type { Db } from '../../db/schema.ts';
import type { JobRuns } from '../store.ts';

/** Job runs in PostgreSQL's `sync_runs`. */
export function postgresJobRuns(db: Db): JobRuns {
  return {
    insert: (run) => insertJobRun(db, run),
    find: async (id, kind) => {
      const row = await findJobRun(db, id, kind);
      return (
        row && {
          id: row.id,
          kind: row.kind,
          status: row.status,
          dryRun: row.dry_run,
          options: row.options,
          counts: row.counts,
          checkpoint: row.checkpoint,
        }
      );
    },
    reopen: (id) => reopenJobRun(db, id),
    saveProgress: (id, progress) => saveJobProgress(db, id, progress),
    finish: (id, outcome) => finishJobRun(db, id, outcome),
  };
}
