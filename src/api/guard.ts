import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VerifiedToken } from '../auth/verifier.ts';
import { UsersyncError } from '../domain/errors.ts';
import { ADMIN_GROUP, type User } from '../domain/user.ts';
import type { AppDependencies } from './dependencies.ts';

/** Who may call a route: any signed-in user, or members of the `admin` group. */
export type RouteAuth = 'user' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified token of the caller, on routes with `config.auth`; `null` elsewhere. */
    principal: VerifiedToken | null;
    /**
     * The caller's stored user as the guard read it (`undefined`: none yet, made just in
     * time by a handler that needs one); `null` on routes without `config.auth`.
     */
    storedUser: User | undefined | null;
  }
  interface FastifyContextConfig {
    /** Set on a route to require a verified Cognito token (and, for `admin`, the group). */
    auth?: RouteAuth;
  }
}

/** Reads the Bearer token of a request, or `undefined` when there is none. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined)
    throw new UsersyncError('TOKEN_INVALID', 'The Authorization header must be "Bearer <token>".');
  return match[1];
}

/**
 * The JWT guard: on every route whose config names `auth`, before the body is read, the
 * Bearer token is verified (`TOKEN_INVALID`, `TOKEN_EXPIRED`) and, for `admin`, the
 * `cognito:groups` claim must hold `admin` (`FORBIDDEN`). Then the caller's stored user is
 * read, in every process alike: a `deleted` user's tokens are refused (`TOKEN_INVALID`), and
 * so are a `disabled` user's (`FORBIDDEN`), whichever process or job wrote the status, and a
 * token issued before its user signed out (`TOKEN_INVALID`). The
 * verified token becomes `request.principal` and the user `request.storedUser`.
 */
export function registerGuard(
  app: FastifyInstance,
  dependencies: Pick<AppDependencies, 'verifier' | 'store' | 'counters'>,
): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('storedUser', null);
  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (auth === undefined) return;
    const token = bearerToken(request);
    if (token === undefined)
      throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
    const principal = await dependencies.verifier.verify(token);
    if (auth === 'admin' && !principal.groups.includes(ADMIN_GROUP)) {
      throw new UsersyncError('FORBIDDEN', `Only members of the ${ADMIN_GROUP} group may do this.`);
    }
    const [storedUser, signedOut] = await Promise.all([
      dependencies.store.userBySub(principal.sub),
      dependencies.counters.signOuts.since(principal.sub),
    ]);
    refuseInactive(storedUser);
    refuseSignedOut(principal, signedOut);
    request.principal = principal;
    request.storedUser = storedUser;
  });
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

/** The principal of a guarded route (the guard has run). */
export function principalOf(request: FastifyRequest): VerifiedToken {
  if (request.principal === null)
    throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
  return request.principal;
}
