import type { FastifyRequest } from 'fastify';
import type { VerifiedToken } from '../auth/verifier.ts';
import { fromCognitoAttributes } from '../domain/attributes.ts';
import {
  CLAIMS_SOURCE_CLAIM,
  claimFromText,
  isClaimType,
  type ClaimSet,
  type Claims,
} from '../domain/claims.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { User } from '../domain/user.ts';
import { linkOrCreateUser } from '../services/users/link.ts';
import type { AppDependencies } from './dependencies.ts';
import { principalOf } from './guard.ts';

/**
 * The caller's claims straight from the token, when usersync's PreTokenGeneration shaped it
 * from the DB ({@link CLAIMS_SOURCE_CLAIM} is `db`): no DB read, and a claim the token lacks
 * is null (the DB has none). Each claim of the set is read as its type: as V2 and V3 events
 * carry it, or from V1's text; a value of another type is null. `undefined` for any other
 * token (shaped from Cognito's cache while the DB was down, or minted without usersync's
 * trigger); callers then read the DB. V1 events shape the id token only; V2 and V3 shape
 * the access token too.
 */
export function claimsFromToken(principal: VerifiedToken, claims: ClaimSet): Claims | undefined {
  const payload = principal.payload as Record<string, unknown>;
  if (payload[CLAIMS_SOURCE_CLAIM] !== 'db') return undefined;
  const values: Claims = {};
  for (const claim of claims) {
    const carried = payload[claim.name];
    const value =
      typeof carried === 'string' && claim.type !== 'string'
        ? claimFromText(claim, carried)
        : carried;
    values[claim.name] = isClaimType(claim, value) ? value : null;
  }
  return values;
}

/**
 * The caller's local user, found by `sub`. A caller with no row (admin-created, federated,
 * a missed trigger) gets one just in time, from `AdminGetUser`; concurrent first requests
 * still yield one row.
 */
export async function currentUser(
  dependencies: Pick<AppDependencies, 'store' | 'cognito'>,
  request: FastifyRequest,
): Promise<User> {
  const { store } = dependencies;
  const principal = principalOf(request);
  // The guard read the user and refused a deleted or disabled one.
  const found = request.storedUser ?? undefined;
  if (found !== undefined) return found;
  const { userPoolId, gateway } = dependencies.cognito;
  const cognitoUser = await gateway.adminGetUser(userPoolId, principal.username);
  const fields = fromCognitoAttributes(cognitoUser.attributes);
  if (fields === null || fields.sub !== principal.sub) {
    throw new UsersyncError('TOKEN_INVALID', 'The token does not belong to a user of this pool.');
  }
  const { user } = await linkOrCreateUser(store, fields);
  return user;
}
