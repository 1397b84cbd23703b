import { eachOrAll, type ItemFailure } from '../../db/partial.ts';
import type { Db } from '../../db/schema.ts';
import {
  insertUsersFromCognito,
  lockUserEmails,
  markUsersDeleted,
  updateUsersFromCognito,
} from '../../db/users-bulk.ts';
import type { Plan, PlanAction } from './reconcile-plan.ts';

type Update = Extract<PlanAction, { kind: 'update' | 'link' }>;

/**
 * Splits updates into waves that can each run as one statement: an update whose new email
 * another row of the same wave still holds (an email moving along a chain) starts a new
 * wave, so the unique index on `lower(email)` holds after every statement.
 */
function waves(
  updates: readonly Update[],
  currentEmail: (rowId: string) => string | undefined,
): Update[][] {
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
    const old = currentEmail(update.rowId);
    if (old !== undefined && target !== undefined) held.add(old);
  }
  if (wave.length > 0) result.push(wave);
  return result;
}

/**
 * Applies a reconcile plan in one transaction, set-based (`unnest`), with one event per
 * changed user in the outbox, written by the same statement as the change
 * ({@link withUserEvents}):
 * `user.updated`, `user.linked`, `user.registered`, `user.deleted`. Never deletes a row: a
 * user gone from the pool gets `status = 'deleted'`.
 */
export async function applyPlan(db: Db, plan: Plan): Promise<ApplyFailure[]> {
  if (plan.actions.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const failures: ItemFailure<PlanAction>[] = [];
    const updates = plan.actions.filter(
      (action): action is Update => action.kind === 'update' || action.kind === 'link',
    );
    // Only the rows whose email changes matter to the waves (their old email is freed).
    const ids = updates
      .filter((update) => update.changes.email !== undefined)
      .map((update) => update.rowId);
    const current = await lockUserEmails(trx, ids);
    for (const wave of waves(updates, (id) => current.get(id))) {
      failures.push(...(await eachOrAll(trx, wave, (items) => updateUsersFromCognito(trx, items))));
    }

    const creates = plan.actions.filter(
      (action): action is Extract<PlanAction, { kind: 'create' }> => action.kind === 'create',
    );
    failures.push(
      ...(await eachOrAll(trx, creates, (items) =>
        insertUsersFromCognito(
          trx,
          items.map((item) => item.user),
        ),
      )),
    );

    const gone = plan.actions.filter(
      (action): action is Extract<PlanAction, { kind: 'markDeleted' }> =>
        action.kind === 'markDeleted',
    );
    failures.push(
      ...(await eachOrAll(trx, gone, (items) =>
        markUsersDeleted(
          trx,
          items.map((item) => item.rowId),
        ),
      )),
    );
    return failures.map(({ item, error }) => ({ sub: subOf(item), action: item.kind, error }));
  });
}

/** An action the apply could not take: its user's `sub`, and why. */
export interface ApplyFailure {
  sub: string;
  action: PlanAction['kind'];
  error: unknown;
}

function subOf(action: PlanAction): string {
  switch (action.kind) {
    case 'update':
    case 'markDeleted':
      return action.sub;
    case 'link':
      return action.newSub;
    case 'create':
      return action.user.sub;
  }
}
