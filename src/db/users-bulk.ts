import { sql } from 'kysely';
import type { MissingFields } from '../domain/reconcile.ts';
import type { CognitoUserFields } from '../domain/attributes.ts';
import type { RowChanges } from '../domain/user.ts';
import { USER_EVENT_COLUMNS, withUserEvents } from './outbox.ts';
import type { Db, UserRow } from './schema.ts';
import { ownFunction, table } from './own-schema.ts';

// The users repository's set-based writes, one statement for a page or a wave of users,
// each changed row's event written by the same statement (withUserEvents). The jobs call
// them; the per-user reads and writes are in users.ts.

/** A row a reconcile updates from Cognito, or links to another `sub` (a `user.linked`). */
export type UserUpdate =
  | { kind: 'update'; rowId: string; version: string; changes: RowChanges }
  | {
      kind: 'link';
      rowId: string;
      version: string;
      oldSub: string | null;
      newSub: string;
      changes: RowChanges;
    };

/** A row to mark deleted, at the version it was read. */
export interface RowAtVersion {
  rowId: string;
  version: string;
}

/**
 * Updates rows with Cognito's fields, and links rows to a new `sub` (a guest becomes
 * `active`), with `user.updated` (`user.disabled` or `user.enabled` when the status changes)
 * or `user.linked` each; only a row still at the version it
 * was read at is written. Returns the ids of the rows written (the others changed since).
 */
export async function updateUsersFromCognito(
  trx: Db,
  updates: readonly UserUpdate[],
): Promise<Set<string>> {
  if (updates.length === 0) return new Set();
  const isLink = updates.map((u) => u.kind === 'link');
  const { rows } = await withUserEvents(sql`
        update ${table('users')} set
          cognito_sub = coalesce(c.new_sub, users.cognito_sub),
          email = coalesce(c.email, users.email),
          email_verified = coalesce(c.email_verified, users.email_verified),
          name = coalesce(c.name, users.name),
          phone = coalesce(c.phone, users.phone),
          status = case when c.status is not null then c.status
                        when c.new_sub is not null and users.status = 'guest' then 'active'
                        else users.status end,
          updated_at = now()
        from unnest(
          ${updates.map((u) => u.rowId)}::text[],
          ${updates.map((u) => u.version)}::bigint[],
          ${updates.map((u) => (u.kind === 'link' ? u.newSub : null))}::text[],
          ${updates.map((u) => (u.kind === 'link' ? u.oldSub : null))}::text[],
          ${updates.map((u) => u.changes.email ?? null)}::text[],
          ${updates.map((u) => u.changes.emailVerified ?? null)}::boolean[],
          ${updates.map((u) => u.changes.name ?? null)}::text[],
          ${updates.map((u) => u.changes.phone ?? null)}::text[],
          ${updates.map((u) => u.changes.status ?? null)}::text[],
          ${isLink}::boolean[]
        ) as c(id, version, new_sub, old_sub, email, email_verified, name, phone, status, is_link)
        where users.id = ${ownFunction('usersync_user_key')}(c.id) and users.version = c.version
        returning ${USER_EVENT_COLUMNS}, c.id as row_id,
          -- As updateEventType: the plan sets a status only to change it, and sets 'active'
          -- only for a disabled user enabled again.
          case when c.is_link then 'user.linked'
               when c.status = 'disabled' then 'user.disabled'
               when c.status = 'active' then 'user.enabled'
               else 'user.updated' end as event_type,
          case when c.is_link then jsonb_build_object('oldSub', c.old_sub, 'newSub', c.new_sub)
               else jsonb_build_object('fields', to_jsonb(array_remove(array[
                 case when c.email is not null then 'email' end,
                 case when c.email_verified is not null then 'emailVerified' end,
                 case when c.name is not null then 'name' end,
                 case when c.phone is not null then 'phone' end,
                 case when c.status is not null then 'status' end], null))) end as changes
      `).execute(trx);
  return new Set(rows.map((row) => row.id));
}

/**
 * New rows for Cognito users (`disabled` for one disabled there), with `user.registered`
 * each, and no claims: those are set in the store, never read from a Cognito attribute.
 */
export async function insertUsersFromCognito(
  trx: Db,
  users: readonly (CognitoUserFields & { enabled?: boolean })[],
): Promise<void> {
  if (users.length === 0) return;
  await withUserEvents(sql`
        insert into ${table('users')} (cognito_sub, email, email_verified, name, phone, status)
        select * from unnest(
          ${users.map((u) => u.sub)}::text[], ${users.map((u) => u.email)}::text[],
          ${users.map((u) => u.emailVerified)}::boolean[], ${users.map((u) => u.name)}::text[],
          ${users.map((u) => u.phone)}::text[],
          ${users.map((u) => (u.enabled === false ? 'disabled' : 'active'))}::text[]
        )
        returning ${USER_EVENT_COLUMNS}, users.id::text as row_id, 'user.registered' as event_type, null::jsonb as changes
      `).execute(trx);
}

/**
 * Rows whose user is gone from the pool: `status = 'deleted'`, their email released (kept
 * as `email_hash`), with `user.deleted`; only a
 * row still at the version it was read at. Never removed. Returns the ids of the rows
 * marked (the others changed since, or were deleted already).
 */
export async function markUsersDeleted(
  trx: Db,
  rows: readonly RowAtVersion[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const { rows: marked } = await withUserEvents(sql`
        update ${table('users')} set status = 'deleted', deleted_at = now(), updated_at = now(),
          email_hash = coalesce(${ownFunction('usersync_email_hash')}(users.email), users.email_hash), email = null
        from unnest(
          ${rows.map((row) => row.rowId)}::text[], ${rows.map((row) => row.version)}::bigint[]
        ) as c(id, version)
        where users.id = ${ownFunction('usersync_user_key')}(c.id) and users.version = c.version and users.status <> 'deleted'
        returning ${USER_EVENT_COLUMNS}, c.id as row_id, 'user.deleted' as event_type, null::jsonb as changes
      `).execute(trx);
  return new Set(marked.map((row) => row.id));
}

/**
 * Fills fields rows lack, with `user.updated` each. Any value the row has wins
 * (`given || profile`, `coalesce(name, …)`), so a value edited meanwhile is kept.
 */
export async function fillMissingFields(trx: Db, fills: readonly MissingFields[]): Promise<void> {
  if (fills.length === 0) return;
  await withUserEvents(sql`
    update ${table('users')} set
      profile = c.profile || users.profile,
      name = coalesce(users.name, c.name),
      phone = coalesce(users.phone, c.phone),
      updated_at = now()
    from unnest(
      ${fills.map((item) => item.rowId)}::text[],
      ${fills.map((item) => JSON.stringify(item.profile))}::jsonb[],
      ${fills.map((item) => item.name)}::text[],
      ${fills.map((item) => item.phone)}::text[]
    ) as c(id, profile, name, phone)
    where users.id = ${ownFunction('usersync_user_key')}(c.id)
    returning ${USER_EVENT_COLUMNS}, c.id as row_id, 'user.updated' as event_type,
      jsonb_build_object('fields', to_jsonb(array_remove(array[
        case when c.name is not null then 'name' end,
        case when c.phone is not null then 'phone' end,
        case when c.profile <> '{}'::jsonb then 'profile' end], null))) as changes
  `).execute(trx);
}

/** A row that can move to Cognito: one with an email (the username there), and no `sub`. */
export type UnlinkedUser = { email: string } & Pick<
  UserRow,
  'id' | 'name' | 'phone' | 'claims' | 'legacy_password_hash'
>;

/** Guest and legacy rows with no `sub` and an email, after `afterId`. */
function unlinkedRows(db: Db, afterId: string | undefined) {
  const rows = db
    .selectFrom('users')
    .where('cognito_sub', 'is', null)
    .where('email', 'is not', null)
    .where('status', 'in', ['guest', 'active']);
  return afterId === undefined ? rows : rows.where('id', '>', afterId);
}

/** A page of unlinked rows after `afterId`, in id order. */
export function unlinkedUsers(
  db: Db,
  afterId: string | undefined,
  limit: number,
): Promise<UnlinkedUser[]> {
  return unlinkedRows(db, afterId)
    .select(['id', 'email', 'name', 'phone', 'claims', 'legacy_password_hash'])
    .orderBy('id')
    .limit(limit)
    .$narrowType<{ email: string }>()
    .execute();
}

/** How many unlinked rows there are after `afterId`. */
export async function countUnlinkedUsers(db: Db, afterId: string | undefined): Promise<number> {
  const { n } = await unlinkedRows(db, afterId)
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Links rows to new Cognito users, with `user.linked` each: the email is verified, a guest
 * becomes `active`, the legacy hash goes. A row linked meanwhile, or a `sub` another row
 * holds, is left alone. Returns the ids of the rows linked.
 */
export async function linkUnlinkedUsers(
  db: Db,
  links: readonly { rowId: string; sub: string }[],
): Promise<Set<string>> {
  if (links.length === 0) return new Set();
  const linked = await withUserEvents(sql`
    update ${table('users')} set
      cognito_sub = c.sub,
      email_verified = true,
      status = case when users.status = 'guest' then 'active' else users.status end,
      legacy_password_hash = null,
      updated_at = now()
    from unnest(${links.map((link) => link.rowId)}::text[], ${links.map((link) => link.sub)}::text[])
      as c(id, sub)
    where users.id = ${ownFunction('usersync_user_key')}(c.id) and users.cognito_sub is null
      and not exists (select 1 from ${table('users')} other where other.cognito_sub = c.sub)
    returning ${USER_EVENT_COLUMNS}, c.id as row_id, 'user.linked' as event_type,
      jsonb_build_object('oldSub', null, 'newSub', c.sub) as changes
  `).execute(db);
  return new Set(linked.rows.map((row) => row.id));
}
