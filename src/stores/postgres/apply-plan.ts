import { eachOrAll, type ItemFailure } from '../../db/partial.ts';
import type { Db } from '../../db/schema.ts';
import {
  insertUsersFromCognito,
  markUsersDeleted,
  updateUsersFromCognito,
} from '../../db/users-bulk.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { actionSub, type ApplyOutcome, type PlanAction } from '../../domain/reconcile.ts';

type Update = Extract<PlanAction, { kind: 'update' | 'link' }>;
type Create = Extract<PlanAction, { kind: 'create' }>;
type MarkDeleted = Extract<PlanAction, { kind: 'markDeleted' }>;

/** The most actions one transaction of the apply takes. @default 1_000 */
export const APPLY_CHUNK = 1_000;

/**
 * How many of a wave's chunks are written at once, each on its own connection: a wave's
 * updates touch distinct rows and move onto emails no other row of the wave holds, so its
 * chunks neither wait for nor deadlock with each other. Waves, then creates, then the
 * marks, still run one after the other. @default 4
 */
export const APPLY_PARALLEL = 4;

/**
 * Splits updates into waves that can each run as one statement: an update whose new email
 * another row of the same wave still holds (an email moving along a chain) starts a new
 * wave, so the unique index on `lower(email)` holds after every statement. The planner
 * orders a move onto an email after the move off it, so a wave's updates are independent
 * of each other, and a wave may be cut anywhere.
 */
function waves(updates: readonly Update[]): Update[][] {
  const result: Update[][] = [];
  let wave: Update[] = [];
  let held = new Set<string>();
  for (const update of updates) {
    const target = update.changes.email;
    if (target !== undefined && held.has(target)) {
      result.push(wave);
      wave = [];
      held = new Set();
    }
    wave.push(update);
    if (update.fromEmail !== null && target !== undefined)
      held.add(normalizeEmail(update.fromEmail));
  }
  if (wave.length > 0) result.push(wave);
  return result;
}

/** `items` in pieces of at most `size`, in order. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * Applies a reconcile plan set-based (`unnest`), with one event per changed user in the
 * outbox, written by the same statement as the change ({@link withUserEvents}):
 * `user.updated`, `user.linked`, `user.registered`, `user.deleted`. In chunks of at most
 * `chunk` actions, each its own transaction, in the plan's order: no transaction stays
 * open for a whole pool, and a run stopped between chunks is resumed by planning again
 * (what was applied is then in step). A row is written only at the version the plan read
 * it at: one changed since (a sign-up, an edit, a sign-in) is left as it is and reported.
 * Never deletes a row: a user gone from the pool gets `status = 'deleted'`.
 */
export async function applyPlan(
  db: Db,
  actions: readonly PlanAction[],
  chunk: number = APPLY_CHUNK,
  parallel: number = APPLY_PARALLEL,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { failures: [], changed: [] };
  if (actions.length === 0) return outcome;
  const updates = actions.filter(
    (action): action is Update => action.kind === 'update' || action.kind === 'link',
  );
  const creates = actions.filter((action): action is Create => action.kind === 'create');
  const gone = actions.filter((action): action is MarkDeleted => action.kind === 'markDeleted');
  // Each stage's chunks are independent of each other; a stage starts when the one before
  // it is written.
  const stages: (() => Promise<void>)[][] = [
    ...waves(updates).map((wave) =>
      chunks(wave, chunk).map(
        (items) => () =>
          inTransaction(db, outcome, items, async (trx, some) => {
            const written = await updateUsersFromCognito(trx, some);
            return some.filter((item) => !written.has(item.rowId));
          }),
      ),
    ),
    chunks(creates, chunk).map(
      (items) => () =>
        inTransaction(db, outcome, items, async (trx, some) => {
          await insertUsersFromCognito(
            trx,
            some.map((item) => item.user),
          );
          return [];
        }),
    ),
    chunks(gone, chunk).map(
      (items) => () =>
        inTransaction(db, outcome, items, async (trx, some) => {
          const marked = await markUsersDeleted(trx, some);
          return some.filter((item) => !marked.has(item.rowId));
        }),
    ),
  ];
  for (const stage of stages) await allAtMost(stage, parallel);
  return outcome;
}

/**
 * Runs `tasks`, at most `limit` at a time. After a failure (the database gone: an item's own
 * refusal is an outcome, not a throw), no task starts, and the first failure is thrown once
 * those running have settled.
 */
async function allAtMost(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (failures.length === 0 && next < tasks.length) {
      const task = tasks[next++];
      await task?.().catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * One chunk in its own transaction: the set-based write, or item by item where the whole
 * fails ({@link eachOrAll}); `write` returns the items it skipped as changed.
 */
async function inTransaction<T extends PlanAction>(
  db: Db,
  outcome: ApplyOutcome,
  items: readonly T[],
  write: (trx: Db, items: readonly T[]) => Promise<T[]>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // A write that throws adds nothing: the whole, rolled back, then each item on its own.
    const changed: T[] = [];
    const failures: ItemFailure<T>[] = await eachOrAll(trx, items, async (some) => {
      changed.push(...(await write(trx, some)));
    });
    outcome.changed.push(...changed.map((item) => ({ sub: actionSub(item), action: item.kind })));
    outcome.failures.push(
      ...failures.map(({ item, error }) => ({ sub: actionSub(item), action: item.kind, error })),
    );
  });
}
