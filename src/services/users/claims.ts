import type { CognitoGateway } from '../../cognito/gateway.ts';
import { fromCognitoAttributes } from '../../domain/attributes.ts';
import { maskEmail, normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import { claimValueProblem, type ClaimSet } from '../../domain/claims.ts';
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
 * Checks a claims change against the claim set before anything is written: every name is a
 * claim of the set and every value fits it (`VALIDATION_FAILED` naming the first that does
 * not).
 */
export function checkClaimsChange(set: ClaimSet, claims: ClaimsChange): ClaimsChange {
  for (const [name, value] of Object.entries(claims)) {
    const claim = set.find((candidate) => candidate.name === name);
    if (claim === undefined)
      throw new UsersyncError('VALIDATION_FAILED', `The claim set defines no claim "${name}".`, {
        context: { claim: name },
      });
    const problem = claimValueProblem(claim, value);
    if (problem !== undefined)
      throw new UsersyncError('VALIDATION_FAILED', `The claim ${name} ${problem}.`, {
        context: { claim: name },
      });
  }
  return claims;
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
 * The one rule for "email taken", in any letter case, asked by the sign-up route,
 * PreSignUp and an email change: the email is taken when another user holds it.
 * - At sign-up (`asker` is `'sign-up'`), a guest or legacy user (no `sub`) is the one
 *   signing up: PostConfirmation links that user, so it does not take its own email.
 * - For a user changing their email (`asker` names them), every other user takes theirs.
 * A deleted user holds no email (it is released at deletion), so a deleted account's
 * address can sign up again.
 */
export async function emailTaken(
  store: UserStore,
  email: string,
  asker: 'sign-up' | { userId: string },
): Promise<boolean> {
  const holder = await store.userByEmail(email);
  if (holder === undefined) return false;
  if (asker === 'sign-up') return holder.sub !== null;
  return holder.id !== asker.userId;
}
