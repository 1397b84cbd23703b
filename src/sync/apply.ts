import { sql } from 'kysely';
import { eachOrAll, type ItemFailure } from '../db/partial.ts';
import type { Db } from '../db/schema.ts';
import { USER_EVENT_COLUMNS, withUserEvents } from '../events/outbox.ts';
import type { Plan, PlanAction } from './plan.ts';

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
    const current = new Map(
      ids.length === 0
        ? []
        : (
            await trx
              .selectFrom('users')
              .select(['id', 'email'])
              // One array parameter: a plan may touch more rows than a statement takes parameters.
              .where(sql<boolean>`id = any(${ids}::uuid[])`)
              .forUpdate()
              .execute()
          ).map((row) => [row.id, row.email?.toLowerCase()] as const),
    );
    for (const wave of waves(updates, (id) => current.get(id))) {
      failures.push(...(await eachOrAll(trx, wave, (items) => applyUpdates(trx, items))));
    }

    const creates = plan.actions.filter(
      (action): action is Extract<PlanAction, { kind: 'create' }> => action.kind === 'create',
    );
    failures.push(...(await eachOrAll(trx, creates, (items) => applyCreates(trx, items))));

    const gone = plan.actions.filter(
      (action): action is Extract<PlanAction, { kind: 'markDeleted' }> =>
        action.kind === 'markDeleted',
    );
    failures.push(...(await eachOrAll(trx, gone, (items) => applyMarkDeleted(trx, items))));
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

/** One wave of updates and links, with their events. */
async function applyUpdates(trx: Db, wave: readonly Update[]): Promise<void> {
  const isLink = wave.map((u) => u.kind === 'link');
  await withUserEvents(sql`
        update users set
          cognito_sub = coalesce(c.new_sub, users.cognito_sub),
          email = coalesce(c.email, users.email),
          email_verified = coalesce(c.email_verified, users.email_verified),
          name = coalesce(c.name, users.name),
          phone = coalesce(c.phone, users.phone),
          status = case when c.new_sub is not null and users.status = 'guest' then 'active' else users.status end,
          updated_at = now()
        from unnest(
          ${wave.map((u) => u.rowId)}::uuid[],
          ${wave.map((u) => (u.kind === 'link' ? u.newSub : null))}::text[],
          ${wave.map((u) => (u.kind === 'link' ? u.oldSub : null))}::text[],
          ${wave.map((u) => u.changes.email ?? null)}::text[],
          ${wave.map((u) => u.changes.emailVerified ?? null)}::boolean[],
          ${wave.map((u) => u.changes.name ?? null)}::text[],
          ${wave.map((u) => u.changes.phone ?? null)}::text[],
          ${isLink}::boolean[]
        ) as c(id, new_sub, old_sub, email, email_verified, name, phone, is_link)
        where users.id = c.id
        returning ${USER_EVENT_COLUMNS},
          case when c.is_link then 'user.linked' else 'user.updated' end as event_type,
          case when c.is_link then jsonb_build_object('oldSub', c.old_sub, 'newSub', c.new_sub)
               else jsonb_strip_nulls(jsonb_build_object('email', c.email,
                 'emailVerified', c.email_verified, 'name', c.name, 'phone', c.phone)) end as changes
      `).execute(trx);
}

/** New rows for Cognito users the DB lacks, with `user.registered`. */
async function applyCreates(
  trx: Db,
  actions: readonly Extract<PlanAction, { kind: 'create' }>[],
): Promise<void> {
  const creates = actions.map((action) => action.user);
  await withUserEvents(sql`
        insert into users (cognito_sub, email, email_verified, name, phone, developer_id, user_type, company_name)
        select * from unnest(
          ${creates.map((u) => u.sub)}::text[], ${creates.map((u) => u.email)}::text[],
          ${creates.map((u) => u.emailVerified)}::boolean[], ${creates.map((u) => u.name)}::text[],
          ${creates.map((u) => u.phone)}::text[], ${creates.map((u) => u.claims.developerId)}::text[],
          ${creates.map((u) => u.claims.userType)}::text[], ${creates.map((u) => u.claims.companyName)}::text[]
        )
        returning ${USER_EVENT_COLUMNS}, 'user.registered' as event_type, null::jsonb as changes
      `).execute(trx);
}

/** Rows whose user is gone from the pool: `status = 'deleted'`, with `user.deleted`. */
async function applyMarkDeleted(
  trx: Db,
  actions: readonly Extract<PlanAction, { kind: 'markDeleted' }>[],
): Promise<void> {
  await withUserEvents(sql`
        update users set status = 'deleted', deleted_at = now(), updated_at = now()
        where id = any(${actions.map((action) => action.rowId)}::uuid[]) and status <> 'deleted'
        returning ${USER_EVENT_COLUMNS}, 'user.deleted' as event_type, null::jsonb as changes
      `).execute(trx);
}
