import type { AccessRule, Authenticated } from '../services/users/authenticate.ts';
import { errorAnswer, isPublicPath } from './http.ts';
import type { Usersync } from './usersync.ts';

// `usersync/next`: for the App Router, over the one engine. Route handlers pass their
// standard Request; server components pass `await headers()` (from `next/headers`). Next.js
// itself is never imported here: its request scope is the app's own, bundled with it.

/** What carries the request's headers: a route handler's Request, or `await headers()`. */
export type HeaderSource = Request | { get(name: string): string | null };

/** A Next.js route handler: a standard Request in, a Response out. */
export type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/** The App Router helpers of one usersync. */
export interface NextAuth {
  /**
   * The authenticated caller of this request, or `null` when it carries no token. A bad,
   * expired or foreign token, or a refused account, throws (`UsersyncError`). A route
   * handler passes its Request; a server component `await headers()`.
   */
  auth(from: HeaderSource, rule?: AccessRule): Promise<Authenticated | null>;
  /** The caller's stored user, or `null` when not signed in ({@link NextAuth.auth}). */
  currentUser(from: HeaderSource): Promise<Authenticated['user'] | null>;
  /**
   * Wraps a route handler: it runs only for an authenticated caller who passes the rule,
   * and gets the caller as its third argument; otherwise the answer is 401 or 403 with
   * usersync's `{error: {code, message}}`.
   */
  withAuth<C>(
    handler: (request: Request, context: C, auth: Authenticated) => Promise<Response>,
    rule?: AccessRule,
  ): RouteHandler<C>;
  /**
   * For `middleware.ts` (Node.js runtime): answers 401 or 403 for a request outside
   * `publicPaths` whose token is refused, and `undefined` (go on) otherwise.
   */
  middleware(options?: {
    publicPaths?: readonly (string | RegExp)[];
  }): (request: Request) => Promise<Response | undefined>;
}

/** Makes the App Router helpers over `usersync` (make it once, at module scope). */
export function createNextAuth(usersync: Usersync): NextAuth {
  const auth = async (from: HeaderSource, rule: AccessRule = {}) => {
    const headers = from instanceof Request ? from.headers : from;
    const authorization = headers.get('authorization') ?? undefined;
    if (authorization === undefined) return null;
    return usersync.authenticate(authorization, rule);
  };
  const refusal = (error: unknown): Response => {
    const answer = errorAnswer(error, usersync.logger);
    return Response.json(answer.body, { status: answer.status });
  };
  return {
    auth,
    currentUser: async (from) => (await auth(from))?.user ?? null,
    withAuth: (handler, rule = {}) => {
      return async (request, context) => {
        let caller: Authenticated;
        try {
          caller = await usersync.authenticate(
            request.headers.get('authorization') ?? undefined,
            rule,
          );
        } catch (error) {
          return refusal(error);
        }
        return handler(request, context, caller);
      };
    },
    middleware: (options = {}) => {
      return async (request) => {
        if (isPublicPath(new URL(request.url).pathname, options.publicPaths)) return undefined;
        try {
          await usersync.claimsOf(request.headers.get('authorization') ?? undefined);
          return undefined;
        } catch (error) {
          return refusal(error);
        }
      };
    },
  };
}
