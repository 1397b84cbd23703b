import { heldFields, type UsersMapping } from '../../domain/users-table.ts';
import { eachOrAll } from '../../db/partial.ts';
import { releaseAdvisoryLock, tryAdvisoryLock } from '../../db/locks.ts';
import type { Db } from '../../db/schema.ts';
import {
  clearStagedUsers,
  countStagedUsers,
  settleStagedUsers,
  stagedSubNotHex,
  stageListedUsers,
  unsettledStagedUsers,
} from '../../db/sync-listed.ts';
import {
  countUnlinkedUsers,
  fillMissingFields,
  linkUnlinkedUsers,
  unlinkedUsers,
} from '../../db/users-bulk.ts';
import {
  rowToUser,
  unsettledUserIdentities,
  userIdentitiesFor,
  userRowsBySub,
} from '../../db/users.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { ListedUser } from '../../domain/reconcile.ts';
import type { JobRuns, JobStore } from '../store.ts';
import { APPLY_CHUNK, APPLY_PARALLEL, applyPlan } from './apply-plan.ts';
import { postgresJobRuns } from './job-runs.ts';

/** How the jobs write a plan: on which connections, and how many at once. */
export interface PlanWriters {
  /** A pool the apply may take connections from beside the one a job runs on. */
  db: Db;
  /** How many of them at once ({@link APPLY_PARALLEL} at most). */
  parallel: number;
}

/**
 * The writers of a pool of `max` connections: all but one of them, which an exclusive job
 * holds (with its lock) while it applies. A pool of one (embedded PGlite) has none, and
 * the job then writes on its own connection, one chunk at a time.
 */
export function planWriters(db: Db, max: number): PlanWriters | undefined {
  return max > 1 ? { db, parallel: Math.min(APPLY_PARALLEL, max - 1) } : undefined;
}

/**
 * What the jobs ask of the PostgreSQL store, over `db` (a pool, or one connection): the
 * staged listing in `sync_listed`, settled and planned in SQL, and the set-based writes of
 * `db/users-bulk.ts`, each with its events in the same statement. `writers`, when given,
 * writes the plan of an exclusive job in parallel beside the connection it holds.
 */
export function postgresJobStore(db: Db, users?: UsersMapping, writers?: PlanWriters): JobStore {
  return {
    holds: heldFields(users),
    // The lock is the session's: the body runs on that one connection (PGlite has no
    // other), and the lock goes with the session when its holder dies.
    exclusive: (name, body) =>
      db.connection().execute(async (conn) => {
        if (!(await tryAdvisoryLock(conn, name))) {
          throw new UsersyncError(
            'CONFLICT',
            'Another usersync sync is running on this database; try again when it ends.',
          );
        }
        try {
          return await body(postgresJobScope(conn, users, writers));
        } finally {
          await releaseAdvisoryLock(conn, name);
        }
      }),
    stageListing: (runId, users) => stageListedUsers(db, runId, users),
    countStaged: (runId) => countStagedUsers(db, runId),
    stagedSubNotHex: (runId) => stagedSubNotHex(db, runId),
    async planInputs(runId) {
      const settled = await settleStagedUsers(db, runId);
      const users = await unsettledStagedUsers<ListedUser>(db, runId);
      const rows = await unsettledUserIdentities(db, runId);
      return { users, rows, settled };
    },
    clearStaged: (runId) => clearStagedUsers(db, runId),
    identitiesFor: (who) => userIdentitiesFor(db, who),
    applyPlan: (actions) =>
      writers === undefined
        ? applyPlan(db, actions, APPLY_CHUNK, 1)
        : applyPlan(writers.db, actions, APPLY_CHUNK, writers.parallel),
    async usersBySub(subs) {
      const rows = await userRowsBySub(db, subs);
      return new Map([...rows].map(([sub, row]) => [sub, rowToUser(row)]));
    },
    async fillMissing(fills) {
      if (fills.length === 0) return [];
      const failures = await db
        .transaction()
        .execute((trx) => eachOrAll(trx, fills, (items) => fillMissingFields(trx, items)));
      return failures.map(({ item, error }) => ({ userId: item.rowId, error }));
    },
    async guestsPage(afterId, limit) {
      const rows = await unlinkedUsers(db, afterId, limit);
      return rows.map((row) => ({
        id: String(row.id),
        email: row.email,
        name: row.name,
        phone: row.phone,
        claims: row.claims,
        hasLegacyPassword: row.legacy_password_hash !== null,
      }));
    },
    countGuests: (afterId) => countUnlinkedUsers(db, afterId),
    linkGuests: (links) =>
      linkUnlinkedUsers(
        db,
        links.map((link) => ({ rowId: link.userId, sub: link.sub })),
      ),
  };
}

/** The jobs' part of the store over `db`: its capabilities and its job runs. */
export function postgresJobScope(
  db: Db,
  users?: UsersMapping,
  writers?: PlanWriters,
): { jobs: JobStore; jobRuns: JobRuns } {
  return { jobs: postgresJobStore(db, users, writers), jobRuns: postgresJobRuns(db) };
}
