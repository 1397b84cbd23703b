import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Claims } from '../domain/claims.ts';
import type { User, User as UsersyncUser } from '../domain/user.ts';
import type { AccessRule, Authenticated } from '../services/users/authenticate.ts';
import { errorAnswer, isPublicPath, type ErrorAnswer } from './http.ts';
import type { Usersync } from './usersync.ts';

// `usersync/express`: Express middleware over the one engine. Express itself is never
// imported: the middleware is a plain (req, res, next) function, so any Express 4 or 5 app
// (or Connect-style server) takes it.

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own way to type req.user
  namespace Express {
    /**
     * The user `req.user` holds: usersync's stored user. Declared as Passport's types declare
     * it (`Express.User`, and `user?: User | undefined`), so that an app with both compiles.
     */
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a declaration to merge with
    interface User extends UsersyncUser {}
    interface Request {
      /** The caller's stored user (made just in time); set by usersync's middleware. */
      user?: User | undefined;
      /** The caller's claims, by the claim set. */
      claims?: Claims;
      /** The caller's Cognito groups. */
      groups?: string[];
      /** Everything usersync verified of the caller. */
      auth?: Authenticated;
    }
  }
}

/** A request as the middleware sees it (Express's, or any Node request). */
export type ExpressRequest = IncomingMessage & {
  path?: string;
  user?: User;
  claims?: Claims;
  groups?: string[];
  auth?: Authenticated;
};

/** The middleware's signature: Express's `RequestHandler`. */
export type Middleware = (
  request: ExpressRequest,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Options for {@link usersyncAuth}. */
export interface ExpressAuthOptions extends AccessRule {
  usersync: Usersync;
  /** Paths that pass without a token (exact strings, or patterns). @default none */
  publicPaths?: readonly (string | RegExp)[];
}

/**
 * Verifies the bearer token of every request (but `publicPaths`) and sets `req.user`,
 * `req.claims`, `req.groups` and `req.auth`; answers 401 or 403 with usersync's
 * `{error: {code, message}}` otherwise.
 */
export function usersyncAuth(options: ExpressAuthOptions): Middleware {
  const { usersync, publicPaths, ...rule } = options;
  return (request, response, next) => {
    if (isPublicPath(request.path ?? request.url ?? '/', publicPaths)) return next();
    usersync.authenticate(request.headers.authorization, rule).then(
      (auth) => {
        request.auth = auth;
        request.user = auth.user;
        request.claims = auth.claims;
        request.groups = auth.groups;
        next();
      },
      (error: unknown) => answer(response, errorAnswer(error, usersync.logger)),
    );
  };
}

/**
 * Per route, after {@link usersyncAuth}: requires a group or role of the authenticated
 * caller (`app.get('/reports', requireAccess(usersync, { anyGroup: ['admin'] }), …)`);
 * 403 otherwise, 401 when no caller was authenticated.
 */
export function requireAccess(usersync: Usersync, rule: AccessRule): Middleware {
  return (request, response, next) => {
    try {
      usersync.check(request.auth, rule);
      next();
    } catch (error) {
      answer(response, errorAnswer(error, usersync.logger));
    }
  };
}

function answer(response: ServerResponse, error: ErrorAnswer): void {
  response.statusCode = error.status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(error.body));
}
