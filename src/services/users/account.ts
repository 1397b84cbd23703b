import type { AuthFlows } from '../../cognito/auth-flows.ts';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import { fromCognitoAttributes } from '../../domain/attributes.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { emailTaken } from './claims.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import type { UserStore } from '../../stores/store.ts';

/** What a user's own account changes are made with. */
export interface AccountDeps {
  store: UserStore;
  cognito: { gateway: CognitoGateway; userPoolId: string; flows: AuthFlows };
}

/** The caller: their user, their Cognito username, and the access token they called with. */
export interface Caller {
  user: User;
  username: string;
  accessToken: string;
}

/**
 * Starts a user's email change: refused with `USER_EXISTS` when another user has the
 * email in any letter case; otherwise Cognito (UpdateUserAttributes with the caller's
 * access token) sends a code to the new address. The stored email does not change until
 * the code is verified ({@link completeEmailChange}). False when it is the email already.
 */
export async function startEmailChange(
  deps: AccountDeps,
  caller: Caller,
  email: string,
): Promise<boolean> {
  const wanted = normalizeEmail(email);
  if (wanted === caller.user.email) return false;
  if (await emailTaken(deps.store, wanted, { userId: caller.user.id })) {
    throw new UsersyncError('USER_EXISTS');
  }
  await deps.cognito.flows.changeEmail(caller.accessToken, wanted);
  return true;
}

/**
 * Completes it with the emailed code (VerifyUserAttribute), then copies the email Cognito
 * now has, verified, into the store, with `user.updated`.
 */
export async function completeEmailChange(
  deps: AccountDeps,
  caller: Caller,
  code: string,
): Promise<User> {
  const { flows, gateway, userPoolId } = deps.cognito;
  await flows.verifyEmail(caller.accessToken, code);
  const fields = fromCognitoAttributes(
    (await gateway.adminGetUser(userPoolId, caller.username)).attributes,
  );
  if (fields?.email == null) return caller.user;
  const updated = await deps.store.setEmail(caller.user.id, fields.email, fields.emailVerified);
  if (updated === undefined)
    throw new UsersyncError('NOT_FOUND', 'The user was deleted meanwhile.');
  return updated;
}

/**
 * Deletes the caller's own account: the Cognito user (their refresh tokens die with it),
 * then the stored user is marked `deleted`, with `user.deleted`. Cognito first: if the
 * store then fails, the change feed or the reconcile marks the user deleted later; the
 * other order could leave a deleted user able to sign in.
 */
export async function deleteOwnAccount(deps: AccountDeps, caller: Omit<Caller, 'accessToken'>) {
  const { gateway, userPoolId } = deps.cognito;
  await gateway.adminDeleteUser(userPoolId, caller.username);
  await deps.store.markDeleted(caller.user.id);
}
