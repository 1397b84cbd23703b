import { pingDatabase } from '../../db/connection.ts';
import { toDbError } from '../../db/errors.ts';
import { enqueueEvent, scrubUserEvents } from '../../db/outbox.ts';
import { dropStagedUser } from '../../db/sync-listed.ts';
import type { Db } from '../../db/schema.ts';
import {
  addMissingProfileFields,
  getLegacyCredentials,
  getDeletedUserByEmail,
  getUserByEmail,
  eraseUserRow,
  getUserById,
  lockUserById,
  getUserBySub,
  markUserDeleted,
  updateUserEmail,
  insertUserIfNew,
  linkUserRow,
  listUsers,
  lockUserByEmail,
  patchUserProfile,
  recordLogin,
  rowToUser,
  updateUserClaims,
} from '../../db/users.ts';
import type { CognitoUserFields } from '../../domain/attributes.ts';
import { maskEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { changedFields, claimFields, userEvent } from '../../domain/events.ts';
import { isErased, type User } from '../../domain/user.ts';
import { canHoldStatus, tableName, type UsersMapping } from '../../domain/users-table.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { tableColumns } from '../../db/catalog.ts';
import type { LinkOutcome, UserStore } from '../store.ts';

/** The PostgreSQL store: the `users` and `outbox` tables, each write in one transaction with its event. */
export function postgresUserStore(db: Db, users?: UsersMapping, claims: ClaimSet = []): UserStore {
  return withKnownErrors({
    kind: 'postgres',
    ping: () =>
      pingDatabase(db).catch((error: unknown) => {
        throw toDbError(error) ?? error;
      }),
    userBySub: (sub) => getUserBySub(db, sub),
    userByEmail: (email) => getUserByEmail(db, email),
    deletedUserByEmail: (email) => getDeletedUserByEmail(db, email),
    linkOrCreate: (fields) => linkOrCreate(db, fields),
    recordLogin: (sub) => recordLogin(db, sub),
    setClaims: (userId, claims) =>
      db.transaction().execute(async (trx) => {
        const updated = await updateUserClaims(trx, userId, claims);
        if (updated !== undefined) {
          await enqueueEvent(
            trx,
            userEvent('user.updated', updated, changedFields(claimFields(claims))),
            updated.id,
          );
        }
        return updated;
      }),
    updateProfile: (userId, patch, { maxProfileBytes, beforeCommit }) =>
      // The row is locked and merged in the database against itself as it is now.
      db.transaction().execute(async (trx) => {
        const outcome = await patchUserProfile(trx, userId, patch, maxProfileBytes);
        if (outcome.kind !== 'changed') return outcome;
        await beforeCommit(outcome);
        const { user, fields } = outcome;
        await enqueueEvent(trx, userEvent('user.updated', user, changedFields(fields)), user.id);
        return outcome;
      }),
    setEmail: (userId, email, emailVerified) =>
      db.transaction().execute(async (trx) => {
        // Locked: a concurrent change of the row waits, so the comparison holds at the write.
        const before = await lockUserById(trx, userId);
        if (before === undefined) return undefined;
        const fields = [
          ...(before.email === email ? [] : ['email']),
          ...(before.emailVerified === emailVerified ? [] : ['emailVerified']),
        ];
        if (fields.length === 0) return before;
        const user = await updateUserEmail(trx, userId, email, emailVerified);
        await enqueueEvent(trx, userEvent('user.updated', user, changedFields(fields)), user.id);
        return user;
      }),
    markDeleted: (userId) =>
      db.transaction().execute(async (trx) => {
        const deleted = await markUserDeleted(trx, userId);
        if (deleted !== undefined)
          await enqueueEvent(trx, userEvent('user.deleted', deleted), userId);
        return deleted ?? (await getUserById(trx, userId));
      }),
    erase: (userId) =>
      db.transaction().execute(async (trx) => {
        const before = await getUserById(trx, userId);
        if (before === undefined) return undefined;
        if (isErased(before)) return { user: before, erased: false, eventsScrubbed: 0 };
        const user = await eraseUserRow(trx, userId, {
          markDeleted: users === undefined || canHoldStatus(users, 'deleted'),
        });
        if (user === undefined) return undefined;
        const eventsScrubbed = await scrubUserEvents(trx, userId);
        if (user.sub !== null) await dropStagedUser(trx, user.sub);
        await enqueueEvent(trx, userEvent('user.erased', user), user.id);
        if (users === undefined) return { user, erased: true, eventsScrubbed };
        const known = new Set([
          ...Object.values(users.columns),
          ...claims.map((claim) => claim.column),
        ]);
        const columnsKept = [...(await tableColumns(trx, tableName(users))).keys()].filter(
          (column) => !known.has(column),
        );
        return { user, erased: true, eventsScrubbed, columnsKept };
      }),
    addMissingProfileFields: (userId, defaults) => addMissingProfileFields(db, userId, defaults),
    legacyCredentials: (email) => getLegacyCredentials(db, email),
    listUsers: (options) => listUsers(db, options),
  });
}

/**
 * The store with every database failure named (`toDbError`): a row a team's table refuses
 * is `DATA_REFUSED`, a field its mapping has no column for `STORE_UNSUPPORTED`.
 */
function withKnownErrors(store: UserStore): UserStore {
  const named = Object.entries(store).map(([key, value]: [string, unknown]) => [
    key,
    typeof value === 'function'
      ? async (...args: unknown[]): Promise<unknown> => {
          try {
            return await (value as (...given: unknown[]) => Promise<unknown>)(...args);
          } catch (error) {
            throw toDbError(error) ?? error;
          }
        }
      : value,
  ]);
  return Object.fromEntries(named) as UserStore;
}

async function linkOrCreate(
  db: Db,
  fields: CognitoUserFields,
): Promise<{ user: User; outcome: LinkOutcome }> {
  const existing = await getUserBySub(db, fields.sub);
  if (existing !== undefined) return { user: existing, outcome: 'existing' };
  try {
    return await linkOrCreateInTransaction(db, fields);
  } catch (error) {
    // A concurrent call inserted the same user first and won on a unique index other than
    // `cognito_sub` (the email): its row is the answer.
    if (toDbError(error)?.code !== 'CONFLICT') throw error;
    const winner = await getUserBySub(db, fields.sub);
    if (winner === undefined) throw error;
    return { user: winner, outcome: 'existing' };
  }
}

async function linkOrCreateInTransaction(
  db: Db,
  fields: CognitoUserFields,
): Promise<{ user: User; outcome: LinkOutcome }> {
  return db.transaction().execute(async (trx) => {
    const byEmail = fields.email === null ? undefined : await lockUserByEmail(trx, fields.email);
    if (byEmail !== undefined && byEmail.cognito_sub === fields.sub) {
      return { user: rowToUser(byEmail), outcome: 'existing' as const };
    }
    if (byEmail !== undefined && byEmail.cognito_sub === null) {
      const user = await linkUserRow(trx, byEmail, fields);
      await enqueueEvent(
        trx,
        userEvent('user.linked', user, {
          oldSub: null,
          newSub: fields.sub,
          previousStatus: byEmail.status,
        }),
        user.id,
      );
      return { user, outcome: 'linked' as const };
    }
    if (byEmail !== undefined) {
      throw new UsersyncError(
        'CONFLICT',
        'This email belongs to a user linked to another Cognito account.',
        { context: { email: maskEmail(fields.email) } },
      );
    }
    const user = await insertUserIfNew(trx, fields);
    if (user === undefined) {
      // Another request created it between our read and our insert.
      const winner = await getUserBySub(trx, fields.sub);
      if (winner === undefined)
        throw new UsersyncError('INTERNAL', 'The user vanished while being created.');
      return { user: winner, outcome: 'existing' as const };
    }
    await enqueueEvent(trx, userEvent('user.registered', user), user.id);
    return { user, outcome: 'created' as const };
  });
}
