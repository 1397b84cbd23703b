import { sql } from 'kysely';
import type { Db } from '../db/users.ts';
import { OUTBOX_CHANNEL } from '../events/relay.ts';
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
 * The outbox rows of the users a statement changed (`changed`: `id`, `cognito_sub`,
 * `email`, `status`, the claims, `updated_at`, and `event_type` and `changes` per row),
 * each envelope built by `usersync_user_event` in the database.
 */
const INSERT_EVENTS = sql`
  insert into outbox (id, type, aggregate_id, payload, occurred_at)
  select (e.payload->>'id')::uuid, e.payload->>'type', e.user_id, e.payload,
         (e.payload->>'occurredAt')::timestamptz
  from (
    select changed.id as user_id, usersync_user_event(
      changed.event_type, changed.id, changed.cognito_sub, changed.email, changed.status,
      changed.developer_id, changed.user_type, changed.company_name, changed.updated_at,
      changed.changes) as payload
    from changed
  ) as e
`;

/** What `INSERT_EVENTS` reads of each changed row, besides its event type and changes. */
const CHANGED_COLUMNS = sql`users.id, users.cognito_sub, users.email, users.status,
  users.developer_id, users.user_type, users.company_name, users.updated_at`;

/**
 * Applies a reconcile plan in one transaction, set-based (`unnest`), with one event per
 * changed user in the outbox, written by the same statement as the change:
 * `user.updated`, `user.linked`, `user.registered`, `user.deleted`. Never deletes a row: a
 * user gone from the pool gets `status = 'deleted'`.
 */
export async function applyPlan(db: Db, plan: Plan): Promise<void> {
  if (plan.actions.length === 0) return;
  await db.transaction().execute(async (trx) => {
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
          ).map((row) => [row.id, row.email.toLowerCase()] as const),
    );
    for (const wave of waves(updates, (id) => current.get(id))) {
      const link = (u: Update) => u.kind === 'link';
      await sql`
        with c as (
          select * from unnest(
            ${wave.map((u) => u.rowId)}::uuid[],
            ${wave.map((u) => (link(u) ? u.newSub : null))}::text[],
            ${wave.map((u) => (u.kind === 'link' ? u.oldSub : null))}::text[],
            ${wave.map((u) => u.changes.email ?? null)}::text[],
            ${wave.map((u) => u.changes.emailVerified ?? null)}::boolean[],
            ${wave.map((u) => u.changes.name ?? null)}::text[],
            ${wave.map((u) => u.changes.phone ?? null)}::text[],
            ${wave.map((u) => link(u))}::boolean[]
          ) as c(id, new_sub, old_sub, email, email_verified, name, phone, is_link)
        ),
        changed as (
          update users set
            cognito_sub = coalesce(c.new_sub, users.cognito_sub),
            email = coalesce(c.email, users.email),
            email_verified = coalesce(c.email_verified, users.email_verified),
            name = coalesce(c.name, users.name),
            phone = coalesce(c.phone, users.phone),
            status = case when c.new_sub is not null and users.status = 'guest' then 'active' else users.status end,
            updated_at = now()
          from c
          where users.id = c.id
          returning ${CHANGED_COLUMNS},
            case when c.is_link then 'user.linked' else 'user.updated' end as event_type,
            case when c.is_link then jsonb_build_object('oldSub', c.old_sub, 'newSub', c.new_sub)
                 else jsonb_strip_nulls(jsonb_build_object('email', c.email,
                   'emailVerified', c.email_verified, 'name', c.name, 'phone', c.phone)) end as changes
        )
        ${INSERT_EVENTS}
      `.execute(trx);
    }

    const creates = plan.actions.flatMap((action) =>
      action.kind === 'create' ? [action.user] : [],
    );
    if (creates.length > 0) {
      await sql`
        with changed as (
          insert into users (cognito_sub, email, email_verified, name, phone, developer_id, user_type, company_name)
          select * from unnest(
            ${creates.map((u) => u.sub)}::text[], ${creates.map((u) => u.email)}::text[],
            ${creates.map((u) => u.emailVerified)}::boolean[], ${creates.map((u) => u.name)}::text[],
            ${creates.map((u) => u.phone)}::text[], ${creates.map((u) => u.claims.developerId)}::text[],
            ${creates.map((u) => u.claims.userType)}::text[], ${creates.map((u) => u.claims.companyName)}::text[]
          )
          returning ${CHANGED_COLUMNS}, 'user.registered' as event_type, null::jsonb as changes
        )
        ${INSERT_EVENTS}
      `.execute(trx);
    }

    const gone = plan.actions.flatMap((action) =>
      action.kind === 'markDeleted' ? [action.rowId] : [],
    );
    if (gone.length > 0) {
      await sql`
        with changed as (
          update users set status = 'deleted', deleted_at = now(), updated_at = now()
          where id = any(${gone}::uuid[]) and status <> 'deleted'
          returning ${CHANGED_COLUMNS}, 'user.deleted' as event_type, null::jsonb as changes
        )
        ${INSERT_EVENTS}
      `.execute(trx);
    }
    await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
  });
}
