import { readUserBySub } from '../../cognito/read-user.ts';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import { maskEmail, normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { UserStore } from '../../stores/store.ts';

/** Whom an erasure is for: an email (a user not erased yet), or a `sub`. */
export type EraseTarget = { email: string } | { sub: string };

/** What `usersync user erase` did. */
export interface EraseReport {
  /** The stored user's id (kept as a tombstone), or null when only Cognito had the user. */
  userId: string | null;
  sub: string | null;
  /** Whether a Cognito user was deleted now (false: it was gone already). */
  cognitoDeleted: boolean;
  /** Whether personal data was erased now (false: erased already, or never stored). */
  erased: boolean;
  /** The user's earlier events in the outbox whose personal data was taken out. */
  eventsScrubbed: number;
  /**
   * On a team's mapped table, its columns usersync does not know: left as they were, for
   * the team to erase if they hold personal data.
   */
  columnsKept?: string[];
}

/**
 * The operator's erasure (GDPR article 17): the stored user's personal data is erased, and
 * then the Cognito user is deleted if it is still there, with `user.erased` telling
 * downstream systems to erase theirs (see {@link UserStore.erase}). Idempotent: a second
 * erasure by `sub` finds the tombstone and changes nothing. A user neither side knows is a
 * `NOT_FOUND`.
 */
export async function eraseUser(
  deps: { store: UserStore; cognito: { gateway: CognitoGateway; userPoolId: string } },
  target: EraseTarget,
): Promise<EraseReport> {
  const { gateway, userPoolId } = deps.cognito;
  const stored =
    'sub' in target
      ? await deps.store.userBySub(target.sub)
      : ((await deps.store.userByEmail(target.email)) ??
        (await deps.store.deletedUserByEmail(target.email)));
  const sub = stored?.sub ?? ('sub' in target ? target.sub : null);
  const cognitoUser =
    sub !== null
      ? await readUserBySub(gateway, userPoolId, sub)
      : 'email' in target
        ? (await gateway.findUsersByEmail(userPoolId, normalizeEmail(target.email)))[0]
        : undefined;
  if (stored === undefined && cognitoUser === undefined) {
    throw new UsersyncError(
      'NOT_FOUND',
      'sub' in target
        ? `No user with sub ${target.sub} in the store or the pool.`
        : `No user with email ${maskEmail(target.email)} in the store or the pool (an erased user is found by --sub).`,
    );
  }
  // The store first: a team's table that refuses the erasure (DATA_REFUSED) leaves the user
  // as they were, in both. A Cognito deletion that fails after it leaves a tombstone, which
  // the guard refuses, and the erasure run again deletes the Cognito user.
  const result = stored === undefined ? undefined : await deps.store.erase(stored.id);
  const cognitoDeleted =
    cognitoUser !== undefined && (await gateway.adminDeleteUser(userPoolId, cognitoUser.username));
  return {
    userId: stored?.id ?? null,
    sub: sub ?? cognitoUser?.attributes['sub'] ?? null,
    cognitoDeleted,
    erased: result?.erased ?? false,
    eventsScrubbed: result?.eventsScrubbed ?? 0,
    ...(result?.columnsKept !== undefined && { columnsKept: result.columnsKept }),
  };
}
