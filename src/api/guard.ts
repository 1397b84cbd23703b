import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VerifiedToken } from '../auth/verifier.ts';
import { UsersyncError } from '../domain/errors.ts';
import { ADMIN_GROUP } from '../domain/user.ts';
import type { AppDependencies } from './dependencies.ts';

/** Who may call a route: any signed-in user, or members of the `admin` group. */
export type RouteAuth = 'user' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified token of the caller, on routes with `config.auth`; `null` elsewhere. */
    principal: VerifiedToken | null;
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
 * `cognito:groups` claim must hold `admin` (`FORBIDDEN`). The verified token becomes
 * `request.principal`; the local user is looked up only when a handler needs it.
 */
export function registerGuard(
  app: FastifyInstance,
  dependencies: Pick<AppDependencies, 'verifier'>,
  revoked: RevokedSubjects,
): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (auth === undefined) return;
    const token = bearerToken(request);
    if (token === undefined)
      throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
    const principal = await dependencies.verifier.verify(token);
    if (revoked.has(principal.sub)) {
      throw new UsersyncError('TOKEN_INVALID', 'This account was deleted.');
    }
    if (auth === 'admin' && !principal.groups.includes(ADMIN_GROUP)) {
      throw new UsersyncError('FORBIDDEN', `Only members of the ${ADMIN_GROUP} group may do this.`);
    }
    request.principal = principal;
  });
}

/**
 * The users who deleted their account through this process, until their last token's
 * `exp`: the guard refuses their tokens at once, before any route, whether or not the route
 * reads the user (every route that does refuses a deleted user anyway, in any process).
 */
export class RevokedSubjects {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Refuses `sub`'s tokens until `expSeconds` (the latest `exp` they can carry). */
  revoke(sub: string, expSeconds: number): void {
    this.until.set(sub, Math.max(this.until.get(sub) ?? 0, expSeconds * 1000));
    for (const [known, until] of this.until) if (until <= this.now()) this.until.delete(known);
  }

  has(sub: string): boolean {
    const until = this.until.get(sub);
    return until !== undefined && until > this.now();
  }
}

/** The principal of a guarded route (the guard has run). */
export function principalOf(request: FastifyRequest): VerifiedToken {
  if (request.principal === null)
    throw new UsersyncError('TOKEN_INVALID', 'A Bearer token is required.');
  return request.principal;
}
