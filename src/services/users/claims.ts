import type { CognitoGateway } from '../../cognito/gateway.ts';
import { fromCognitoAttributes } from '../../domain/attributes.ts';
import { maskEmail, normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import type { ClaimsChange, UserStore } from '../../stores/store.ts';
import { linkOrCreateUser } from './link.ts';

/** The Cognito side of a claims change. */
export interface CognitoTarget {
  gateway: CognitoGateway;
  userPoolId: string;
}

/**
 * The local user with this email; when the DB has none but Cognito has the user, the row
 * is made (and linked) first. `NOT_FOUND` when neither side knows the email.
 */
export async function findOrImportUser(
  store: UserStore,
  cognito: CognitoTarget,
  email: string,
): Promise<User> {
  const existing = await store.userByEmail(email);
  if (existing !== undefined) return existing;
  const [cognitoUser] = await cognito.gateway.findUsersByEmail(
    cognito.userPoolId,
    normalizeEmail(email),
  );
  const fields = cognitoUser && fromCognitoAttributes(cognitoUser.attributes);
  if (!fields) {
    throw new UsersyncError(
      'NOT_FOUND',
      `No user with email ${maskEmail(email)} in the DB or the pool.`,
    );
  }
  return (await linkOrCreateUser(store, fields)).user;
}

/**
 * Sets a user's claims (and roles) in the store, with a `user.updated` event written with
 * the change. Tokens issued from now on carry them (PreTokenGeneration reads the store).
 */
export async function setUserClaims(
  store: UserStore,
  user: User,
  claims: ClaimsChange,
): Promise<User> {
  const updated = await store.setClaims(user.id, claims);
  if (updated === undefined)
    throw new UsersyncError('NOT_FOUND', 'The user was deleted meanwhile.');
  return updated;
}

/**
 * Whether an email belongs to a user who already has a Cognito account: a row with this
 * email in any case, linked to a `sub`. A guest or legacy row (no `sub`) does not take its
 * email: its owner signs up, and PostConfirmation links the row. The one rule for "email
 * taken", asked by the sign-up route and by PreSignUp.
 */
export async function emailTaken(store: UserStore, email: string): Promise<boolean> {
  const user = await store.userByEmail(email);
  return user !== undefined && user.sub !== null;
}
