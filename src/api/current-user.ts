import type { VerifiedToken } from '../auth/verifier.ts';
import { getUserBySub } from '../db/users.ts';
import { fromCognitoAttributes, readClaims } from '../domain/attributes.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { User, UserClaims } from '../domain/user.ts';
import { linkOrCreateUser } from '../users/link.ts';
import type { AppDependencies } from './dependencies.ts';

/** The custom claims an id token must carry for the claims-first path. */
const CLAIM_KEYS = ['custom:developer_id', 'custom:user_type', 'custom:company_name'] as const;

/**
 * The caller's claims straight from an id token, when it carries all of them (the
 * PreTokenGeneration trigger puts them there from the DB): no DB read. `undefined` for an
 * access token or an id token without them; callers then read the DB.
 */
export function claimsFromToken(principal: VerifiedToken): UserClaims | undefined {
  if (principal.tokenUse !== 'id') return undefined;
  const payload = principal.payload as Record<string, unknown>;
  if (!CLAIM_KEYS.every((key) => typeof payload[key] === 'string')) return undefined;
  return readClaims(payload as Record<string, string>);
}

/**
 * The caller's local user, found by `sub`. A caller with no row (admin-created, federated,
 * a missed trigger) gets one just in time, from `AdminGetUser`; concurrent first requests
 * still yield one row.
 */
export async function currentUser(
  dependencies: Pick<AppDependencies, 'database' | 'cognito'>,
  principal: VerifiedToken,
): Promise<User> {
  const { db } = dependencies.database;
  const found = await getUserBySub(db, principal.sub);
  if (found !== undefined) return found;
  const { userPoolId, gateway } = dependencies.cognito;
  const cognitoUser = await gateway.adminGetUser(userPoolId, principal.username);
  const fields = fromCognitoAttributes(cognitoUser.attributes);
  if (fields === null || fields.sub !== principal.sub) {
    throw new UsersyncError('TOKEN_INVALID', 'The token does not belong to a user of this pool.');
  }
  const { user } = await linkOrCreateUser(db, fields);
  return user;
}
