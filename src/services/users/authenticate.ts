import type { TokenVerifier, VerifiedToken } from '../../auth/verifier.ts';
import type { CognitoGateway } from '../../cognito/gateway.ts';
import { fromCognitoAttributes } from '../../domain/attributes.ts';
import {
  CLAIMS_SOURCE_CLAIM,
  claimFromText,
  isClaimType,
  type ClaimSet,
  type Claims,
} from '../../domain/claims.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import type { SharedCounters, UserStore } from '../../stores/store.ts';
import { linkOrCreateUser } from './link.ts';

// The one engine behind every way a request is authenticated: the API's guard, and each
// framework adapter of the package (Express, Fastify, NestJS, Next.js, Lambda).

/** What authenticating a request needs; every client is injected. */
export interface AuthenticateDeps {
  verifier: TokenVerifier;
  store: UserStore;
  /** Where sign-outs are kept (the store's shared counters). */
  counters: Pick<SharedCounters, 'signOuts'>;
  cognito: { userPoolId: string; gateway: Pick<CognitoGateway, 'adminGetUser'> };
  /** The claims tokens carry (`Config.claims`). */
  claims: ClaimSet;
}

/** Who may pass: any signed-in user, or members of at least one of these groups. */
export interface AccessRule {
  /**
   * The caller must be in at least one of these Cognito groups (`cognito:groups`), else
   * `FORBIDDEN`. Empty or absent: any signed-in user.
   */
  anyGroup?: readonly string[];
  /**
   * The caller's app roles (the `roles` claim, from the store) must hold at least one of
   * these, else `FORBIDDEN`. Empty or absent: any role or none.
   */
  anyRole?: readonly string[];
}

/** A caller whose token was verified and whose account is active. */
export interface Caller {
  token: VerifiedToken;
  sub: string;
  groups: string[];
  /** The stored user as read (`undefined`: none yet; {@link userOfCaller} makes it). */
  storedUser: User | undefined;
}

/** An authenticated request: the caller, their stored user (made just in time) and claims. */
export interface Authenticated {
  token: VerifiedToken;
  sub: string;
  groups: string[];
  user: User;
  /** The user's claims, by the claim set, from the store (`null`: none). */
  claims: Claims;
}

/** Reads the token of an `Authorization: Bearer …` header (`undefined` when absent). */
export function bearerOf(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined)
    throw new UsersyncError('TOKEN_INVALID', 'The Authorization header must be "Bearer <token>".');
  return match[1];
}

/** Refuses a caller outside every group of the rule (`FORBIDDEN`). */
export function requireGroups(token: VerifiedToken, rule: AccessRule): void {
  const wanted = rule.anyGroup ?? [];
  if (wanted.length === 0 || wanted.some((group) => token.groups.includes(group))) return;
  throw new UsersyncError(
    'FORBIDDEN',
    `Only members of ${wanted.map((group) => `"${group}"`).join(' or ')} may do this.`,
    { context: { required: wanted } },
  );
}

/**
 * Verifies a bearer token (`TOKEN_INVALID`, `TOKEN_EXPIRED`), applies the group rule
 * (`FORBIDDEN`), and reads the caller's stored user and last sign-out together: a
 * `deleted` user's tokens are refused (`TOKEN_INVALID`), a `disabled` user's too
 * (`FORBIDDEN`), and a token issued before its user signed out (`TOKEN_INVALID`).
 */
export async function verifyCaller(
  deps: Pick<AuthenticateDeps, 'verifier' | 'store' | 'counters'>,
  bearer: string | undefined,
  rule: AccessRule = {},
): Promise<Caller> {
  if (bearer === undefined) throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
  const token = await deps.verifier.verify(bearer);
  requireGroups(token, rule);
  const [storedUser, signedOut] = await Promise.all([
    deps.store.userBySub(token.sub),
    deps.counters.signOuts.since(token.sub),
  ]);
  refuseInactive(storedUser);
  refuseSignedOut(token, signedOut);
  return { token, sub: token.sub, groups: token.groups, storedUser };
}

/**
 * The caller's stored user. A caller with no row (admin-created, federated, a missed
 * trigger) gets one just in time, from `AdminGetUser`; concurrent first requests still
 * yield one row.
 */
export async function userOfCaller(
  deps: Pick<AuthenticateDeps, 'store' | 'cognito'>,
  caller: Pick<Caller, 'token' | 'storedUser'>,
): Promise<User> {
  if (caller.storedUser !== undefined) return caller.storedUser;
  const { userPoolId, gateway } = deps.cognito;
  const cognitoUser = await gateway.adminGetUser(userPoolId, caller.token.username);
  const fields = fromCognitoAttributes(cognitoUser.attributes);
  if (fields === null || fields.sub !== caller.token.sub) {
    throw new UsersyncError('TOKEN_INVALID', 'The token does not belong to a user of this pool.');
  }
  return (await linkOrCreateUser(deps.store, fields)).user;
}

/**
 * Authenticates a request in full: {@link verifyCaller}, then the stored user (made just
 * in time) and its claims.
 */
export async function authenticate(
  deps: AuthenticateDeps,
  bearer: string | undefined,
  rule: AccessRule = {},
): Promise<Authenticated> {
  const caller = await verifyCaller(deps, bearer, rule);
  const user = await userOfCaller(deps, caller);
  const claims = claimsOfUser(user, deps.claims);
  requireRoles(claims, rule);
  return { token: caller.token, sub: caller.sub, groups: caller.groups, user, claims };
}

/** The claim that holds a user's app roles (the default claim set's `roles`). */
export const ROLES_CLAIM = 'roles';

/** Refuses a caller whose `roles` claim holds none of the rule's roles (`FORBIDDEN`). */
export function requireRoles(claims: Claims, rule: AccessRule): void {
  const wanted = rule.anyRole ?? [];
  if (wanted.length === 0) return;
  const held = claims[ROLES_CLAIM];
  if (Array.isArray(held) && wanted.some((role) => held.includes(role))) return;
  throw new UsersyncError(
    'FORBIDDEN',
    `Only callers with the role ${wanted.map((role) => `"${role}"`).join(' or ')} may do this.`,
    { context: { required: wanted } },
  );
}

/** A user's claims by the claim set: each claim of the set, `null` where the user has none. */
export function claimsOfUser(user: User, claims: ClaimSet): Claims {
  return Object.fromEntries(claims.map((claim) => [claim.name, user.claims[claim.name] ?? null]));
}

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
 * Refuses the tokens of a user whose account is gone or switched off: `deleted` (by its
 * user, an operator or a reconcile) is `TOKEN_INVALID`, `disabled` (in Cognito, copied by a
 * sync or the change feed) is `FORBIDDEN`.
 */
export function refuseInactive(user: User | undefined): void {
  if (user?.status === 'deleted') {
    throw new UsersyncError('TOKEN_INVALID', 'This account was deleted.');
  }
  if (user?.status === 'disabled') {
    throw new UsersyncError('FORBIDDEN', 'This account is disabled.');
  }
}

/**
 * Refuses a token issued before its user signed out (`POST /auth/logout`), in any process:
 * Cognito stops refreshing it, and the API stops taking it. A token's `iat` is in seconds,
 * so one issued in the second of the sign-out is refused too.
 */
export function refuseSignedOut(principal: VerifiedToken, signedOut: Date | undefined): void {
  const issuedAt = principal.payload.iat;
  if (signedOut === undefined || typeof issuedAt !== 'number') return;
  if (issuedAt <= Math.floor(signedOut.getTime() / 1000)) {
    throw new UsersyncError('TOKEN_INVALID', 'This token was issued before its user signed out.');
  }
}
