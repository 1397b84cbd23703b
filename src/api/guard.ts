import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VerifiedToken } from '../auth/verifier.ts';
import { UsersyncError } from '../domain/errors.ts';
import { ADMIN_GROUP, type User } from '../domain/user.ts';
import { bearerOf, verifyCaller } from '../services/users/authenticate.ts';
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
  return bearerOf(request.headers.authorization);
}

/**
 * The JWT guard: on every route whose config names `auth`, before the body is read, the
 * caller is verified by the one engine every adapter shares ({@link verifyCaller}): the
 * token (`TOKEN_INVALID`, `TOKEN_EXPIRED`), for `admin` the `admin` group (`FORBIDDEN`),
 * and the caller's stored user and last sign-out, in every process alike. The verified
 * token becomes `request.principal` and the user `request.storedUser`.
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
    const caller = await verifyCaller(
      dependencies,
      bearerToken(request),
      auth === 'admin' ? { anyGroup: [ADMIN_GROUP] } : {},
    );
    request.principal = caller.token;
    request.storedUser = caller.storedUser;
  });
}

/** The principal of a guarded route (the guard has run). */
export function principalOf(request: FastifyRequest): VerifiedToken {
  if (request.principal === null)
    throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
  return request.principal;
}
