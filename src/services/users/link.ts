import { toDbError } from '../../db/errors.ts';
import type { Db } from '../../db/schema.ts';
import {
  getUserBySub,
  insertUserIfNew,
  linkUserRow,
  lockUserByEmail,
  rowToUser,
} from '../../db/users.ts';
import type { CognitoUserFields } from '../../domain/attributes.ts';
import { maskEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import { enqueueEvent } from '../../db/outbox.ts';
import { userEvent } from '../../domain/events.ts';

/** What {@link linkOrCreateUser} did. */
export type LinkOutcome = 'existing' | 'linked' | 'created';

/**
 * Finds the local user of a Cognito user, or makes one, in one transaction with its event:
 * - a row with this `sub`: returned as it is (`existing`);
 * - else a row with this email and no `sub` (a guest or legacy user): linked to the `sub`
 *   and made active, with `user.linked` (`linked`);
 * - else a new row, with `user.registered` (`created`).
 *
 * Safe under concurrency and retries: two calls for one new `sub` yield one row and one
 * event. A row with this email but another `sub` is a `CONFLICT` (a copied database, or an
 * email moved between Cognito users): the reconcile job decides those, not a sign-in.
 */
export async function linkOrCreateUser(
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
        userEvent('user.linked', user, { sub: fields.sub, previousStatus: byEmail.status }),
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
