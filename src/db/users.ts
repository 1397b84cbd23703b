import { sql } from 'kysely';
import type { CognitoUserFields } from '../domain/attributes.ts';
import { normalizeEmail } from '../domain/email.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { Claims } from '../domain/claims.ts';
import type { User, VersionedIdentity } from '../domain/user.ts';
import type { LegacyCredentials, ListUsersOptions, UserPage } from '../domain/user.ts';
import type { PatchOutcome, ProfilePatch } from '../domain/profile.ts';
import { toDbError } from './errors.ts';
import type { Db, UserRow } from './schema.ts';
import { ownFunction, table } from './own-schema.ts';

/** Maps a row to the domain user. */
export function rowToUser(row: UserRow): User {
  return {
    // A team's mapped table may be keyed by an integer: ids are text everywhere else.
    id: String(row.id),
    sub: row.cognito_sub,
    email: row.email,
    emailVerified: row.email_verified,
    name: row.name,
    phone: row.phone,
    claims: row.claims,
    profile: row.profile,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
    deletedAt: row.deleted_at,
    version: Number(row.version),
  };
}

/** The user with this id, if any. */
export async function getUserById(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToUser(row);
}

/** Locks and returns the user with this id (inside a transaction), if any. */
export async function lockUserById(trx: Db, id: string): Promise<User | undefined> {
  const row = await trx
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && rowToUser(row);
}

/** The user linked to this Cognito `sub`, if any. */
export async function getUserBySub(db: Db, sub: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('cognito_sub', '=', sub)
    .executeTakeFirst();
  return row && rowToUser(row);
}

/** The user with this email, compared case-insensitively (served by the `lower(email)` index). */
export async function getUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', normalizeEmail(email))
    .executeTakeFirst();
  return row && rowToUser(row);
}

/**
 * The most recently deleted user whose released email this was (see {@link markUserDeleted}).
 */
export async function getDeletedUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(
      'email_hash',
      '=',
      sql<string>`${ownFunction('usersync_email_hash')}(${normalizeEmail(email)})`,
    )
    .orderBy('deleted_at', 'desc')
    .executeTakeFirst();
  return row && rowToUser(row);
}

/**
 * Sets a user's claims (only the claims given, merged into the row's; `null` or an empty
 * list clears one). Returns the updated user, or `undefined` when no row has that id. A
 * value another row holds in a unique claim (a developer id) is a `CONFLICT`.
 */
export async function updateUserClaims(
  db: Db,
  id: string,
  claims: Claims,
): Promise<User | undefined> {
  const cleared = Object.entries(claims)
    .filter(([, value]) => value === null || (Array.isArray(value) && value.length === 0))
    .map(([name]) => name);
  const set = Object.fromEntries(
    Object.entries(claims).filter(([name]) => !cleared.includes(name)),
  );
  try {
    const row = await db
      .updateTable('users')
      .set({
        claims: sql`(claims || ${JSON.stringify(set)}::jsonb) - ${cleared}::text[]`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && rowToUser(row);
  } catch (error) {
    throw asConflict(error);
  }
}

/**
 * Applies a user's change to their own fields, atomically: the row is locked, and the
 * profile is merged in the database (`(profile || set) - remove`) against the row as it is
 * now, so two concurrent merges of one user both land. Nothing is written (and the caller
 * writes no event) when nothing would change, or when the merged profile would exceed
 * `maxProfileBytes` (measured as PostgreSQL's text form of the `jsonb`). Run it inside the
 * transaction that writes the change's event.
 */
export async function patchUserProfile(
  trx: Db,
  id: string,
  patch: ProfilePatch,
  maxProfileBytes: number,
): Promise<PatchOutcome> {
  const set = JSON.stringify(patch.profileSet ?? {});
  const remove = patch.profileRemove ?? [];
  const { rows } = await sql<
    UserRow & { next_profile: UserRow['profile']; bytes: number; profile_changed: boolean }
  >`
    select users.*, next.profile as next_profile, octet_length(next.profile::text) as bytes,
      next.profile is distinct from users.profile as profile_changed
    from ${table('users')}, lateral (select (users.profile || ${set}::jsonb) - ${remove}::text[] as profile) next
    where users.id = ${id}
    for update of users`.execute(trx);
  const row = rows[0];
  if (row === undefined) return { kind: 'notFound' };
  const before = rowToUser(row);
  if (row.bytes > maxProfileBytes) return { kind: 'tooLarge', bytes: row.bytes };
  const next = {
    name: patch.name === undefined ? row.name : patch.name,
    phone: patch.phone === undefined ? row.phone : patch.phone,
  };
  const fields = [
    ...(next.name !== row.name ? ['name'] : []),
    ...(next.phone !== row.phone ? ['phone'] : []),
    ...(row.profile_changed ? ['profile'] : []),
  ];
  if (fields.length === 0) return { kind: 'unchanged', user: before };
  const updated = await trx
    .updateTable('users')
    .set({ name: next.name, phone: next.phone, profile: row.next_profile, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { kind: 'changed', user: rowToUser(updated), before, fields };
}

/**
 * Records a sign-in: `last_login_at = now()` on the user with this `sub`. Returns false when
 * no row has it.
 */
export async function recordLogin(db: Db, sub: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ last_login_at: sql`now()` })
    .where('cognito_sub', '=', sub)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The not-yet-linked user (no `sub`) with this email, case-insensitively, and its legacy
 * password hash: the user a UserMigration trigger may move to Cognito.
 */
export async function getLegacyCredentials(
  db: Db,
  email: string,
): Promise<LegacyCredentials | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', normalizeEmail(email))
    .where('cognito_sub', 'is', null)
    .where('status', 'in', ['guest', 'active'])
    .executeTakeFirst();
  return row && { user: rowToUser(row), passwordHash: row.legacy_password_hash };
}

/**
 * Lists users oldest first with a keyset cursor on `id`: ids are time-ordered (UUIDv7), so
 * the order is creation order, stable under concurrent inserts, and the last page is as
 * fast as the first.
 */
export async function listUsers(db: Db, options: ListUsersOptions = {}): Promise<UserPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  let query = db
    .selectFrom('users')
    .selectAll()
    .orderBy('id')
    .limit(limit + 1);
  if (options.cursor !== undefined) {
    const after = decodeCursor(options.cursor);
    query = query.where('id', '>', sql<string>`${ownFunction('usersync_user_key')}(${after})`);
  }
  if (options.emailPrefix !== undefined) {
    const pattern = `${escapeLike(normalizeEmail(options.emailPrefix))}%`;
    query = query.where(sql<string>`lower(email)`, 'like', pattern);
  }
  if (options.claim !== undefined) {
    // Containment: a scalar equals; a one-item list is held by the user's list.
    const wanted = JSON.stringify({ [options.claim.name]: options.claim.value });
    query = query.where(sql<boolean>`claims @> ${wanted}::jsonb`);
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(rowToUser),
    nextCursor:
      rows.length > limit && last ? Buffer.from(String(last.id)).toString('base64url') : null,
  };
}

/** A user id as a cursor carries it: a UUID, an integer or a team's text key. */
const CURSOR_ID = /^[A-Za-z0-9_.:@-]{1,200}$/;

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_ID.test(id)) {
    throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not valid.', {
      context: { field: 'cursor' },
    });
  }
  return id;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Unique violations become `CONFLICT` errors naming the constraint; anything else passes. */
function asConflict(error: unknown): unknown {
  const known = toDbError(error);
  return known?.code === 'CONFLICT' ? known : error;
}

/** The columns of a {@link UserIdentity}. */
const IDENTITY_COLUMNS = [
  'id',
  'cognito_sub',
  'email',
  'email_verified',
  'name',
  'phone',
  'status',
  'version',
] as const;

function toIdentity(row: Pick<UserRow, (typeof IDENTITY_COLUMNS)[number]>): VersionedIdentity {
  return {
    version: row.version,
    id: String(row.id),
    sub: row.cognito_sub,
    email: row.email,
    emailVerified: row.email_verified,
    name: row.name,
    phone: row.phone,
    status: row.status,
  };
}

/** Every row's {@link UserIdentity}, in one read. */
export async function listUserIdentities(db: Db): Promise<VersionedIdentity[]> {
  const rows = await db.selectFrom('users').select(IDENTITY_COLUMNS).execute();
  return rows.map(toIdentity);
}

/**
 * The {@link UserIdentity} of the rows holding this `sub` or this email (lower-cased
 * already): what a one-user sync plans against.
 */
export async function userIdentitiesFor(
  db: Db,
  who: { sub: string | null; email: string | null },
): Promise<VersionedIdentity[]> {
  if (who.sub === null && who.email === null) return [];
  const rows = await db
    .selectFrom('users')
    .select(IDENTITY_COLUMNS)
    .where((eb) =>
      eb.or([
        ...(who.sub === null ? [] : [eb('cognito_sub', '=', who.sub)]),
        ...(who.email === null ? [] : [eb(sql<string>`lower(email)`, '=', who.email)]),
      ]),
    )
    .execute();
  return rows.map(toIdentity);
}

/**
 * Every row's identity but those of the users a sync run settled (see `settleStagedUsers`),
 * in id order: what the reconcile plans against. A row created or written since the run
 * began (its `started_at`, the database's clock) is `changedDuringRun`: the listing may
 * hold an older state of its user than the row does, or not hold a user who signed up
 * while it listed.
 */
export async function unsettledUserIdentities(db: Db, runId: string): Promise<VersionedIdentity[]> {
  const rows = await db
    .selectFrom('users')
    .select(IDENTITY_COLUMNS)
    .select(
      sql<boolean>`greatest(users.created_at, users.updated_at) > (
        select started_at from ${table('sync_runs')} where id = ${runId})`.as('changed_during_run'),
    )
    .where(
      sql<boolean>`not exists (
        select 1 from ${table('sync_listed')} l
        where l.run_id = ${runId} and l.settled and l.sub = users.cognito_sub)`,
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    ...toIdentity(row),
    ...(row.changed_during_run === true && { changedDuringRun: true }),
  }));
}

/** The rows linked to these `sub`s, by `sub`. */
export async function userRowsBySub(
  db: Db,
  subs: readonly string[],
): Promise<Map<string, UserRow>> {
  if (subs.length === 0) return new Map();
  const rows = await db.selectFrom('users').selectAll().where('cognito_sub', 'in', subs).execute();
  return new Map(rows.map((row) => [row.cognito_sub ?? '', row]));
}

/**
 * Adds profile fields a user does not have yet (`defaults || profile`: the user's own
 * values win). The profile provisioner's one write.
 */
export async function addMissingProfileFields(
  db: Db,
  userId: string,
  defaults: Record<string, unknown>,
): Promise<void> {
  await sql`
    update ${table('users')} set profile = ${JSON.stringify(defaults)}::jsonb || profile, updated_at = now()
    where id = ${userId}
  `.execute(db);
}

/** Locks and returns the row with this email (lower-cased already), if any. */
export async function lockUserByEmail(trx: Db, email: string): Promise<UserRow | undefined> {
  return trx
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Links a row with no `sub` to a Cognito user: it takes the `sub` and `email_verified`,
 * keeps its own name and phone where it has them, and a guest becomes `active`.
 */
export async function linkUserRow(trx: Db, row: UserRow, fields: CognitoUserFields): Promise<User> {
  const linked = await trx
    .updateTable('users')
    .set({
      cognito_sub: fields.sub,
      email_verified: fields.emailVerified,
      name: row.name ?? fields.name,
      phone: row.phone ?? fields.phone,
      status: row.status === 'guest' ? 'active' : row.status,
      updated_at: sql`now()`,
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToUser(linked);
}

/**
 * Inserts a row for a Cognito user, with no claims (claims are the store's, never read from
 * Cognito's attributes, which a user may write); `undefined` when a row with this `sub`
 * exists already (a concurrent insert won); `CONFLICT` when another row has the email.
 */
export async function insertUserIfNew(
  trx: Db,
  fields: CognitoUserFields,
): Promise<User | undefined> {
  // One insert per sub at a time, until the transaction ends; the second finds the first's
  // row. (Not ON CONFLICT: a team's mapped table is a view, which has no arbiter index.)
  await sql`select pg_advisory_xact_lock(hashtextextended(${`usersync:sub:${fields.sub}`}, 0))`.execute(
    trx,
  );
  if ((await getUserBySub(trx, fields.sub)) !== undefined) return undefined;
  // A concurrent sign-up of the same email in another case, committed between our check
  // and this insert, is the email index's unique violation: a CONFLICT, not a raw error.
  const inserted = await trx
    .insertInto('users')
    .values({
      cognito_sub: fields.sub,
      email: fields.email,
      email_verified: fields.emailVerified,
      name: fields.name,
      phone: fields.phone,
    })
    .returningAll()
    .executeTakeFirst()
    .catch((error: unknown) => {
      throw asConflict(error);
    });
  return inserted && rowToUser(inserted);
}

/** Sets a user's email and its verification; a taken email is a `CONFLICT`. */
export async function updateUserEmail(
  trx: Db,
  id: string,
  email: string,
  emailVerified: boolean,
): Promise<User> {
  try {
    const row = await trx
      .updateTable('users')
      .set({ email, email_verified: emailVerified, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return rowToUser(row);
  } catch (error) {
    throw asConflict(error);
  }
}

/**
 * Marks a user `deleted` now and releases their email (kept as `email_hash`, so that the
 * address can sign up again); `undefined` when none has this id or it was deleted already.
 */
export async function markUserDeleted(trx: Db, id: string): Promise<User | undefined> {
  const row = await trx
    .updateTable('users')
    .set({
      status: 'deleted',
      deleted_at: sql`now()`,
      updated_at: sql`now()`,
      email_hash: sql`coalesce(${ownFunction('usersync_email_hash')}(email), email_hash)`,
      email: null,
    })
    .where('id', '=', id)
    .where('status', '<>', 'deleted')
    .returningAll()
    .executeTakeFirst();
  return row && rowToUser(row);
}

/**
 * Clears a user's personal data (email, name, phone, profile, legacy password hash) and
 * marks the user deleted (unless `markDeleted` is false: a team's table with no column for
 * it); the id, `sub` and claims stay. `undefined` when no row has the id.
 */
export async function eraseUserRow(
  trx: Db,
  id: string,
  options: { markDeleted: boolean } = { markDeleted: true },
): Promise<User | undefined> {
  const row = await trx
    .updateTable('users')
    .set({
      email: null,
      name: null,
      phone: null,
      profile: sql`'{}'::jsonb`,
      legacy_password_hash: null,
      email_hash: null,
      ...(options.markDeleted && {
        status: 'deleted' as const,
        deleted_at: sql<Date>`coalesce(deleted_at, now())`,
      }),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && rowToUser(row);
}
