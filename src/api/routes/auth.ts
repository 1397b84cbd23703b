import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { z } from 'zod';
import { emailTaken } from '../../services/users/claims.ts';
import { maskEmail } from '../../domain/email.ts';
import { UsersyncError, isUsersyncError, type ErrorCode } from '../../domain/errors.ts';
import type { AppDependencies } from '../dependencies.ts';
import { bearerToken, principalOf } from '../guard.ts';
import {
  codeSchema,
  emailSchema,
  bodyRouteErrors,
  nameSchema,
  passwordSchema,
  phoneSchema,
  safeString,
  tokensSchema,
} from '../schemas.ts';
import type { AuthLimiter } from '../rate-limit.ts';
import { relabel } from './relabel.ts';

/** The Cognito username in an (unverified) token: only an input to SECRET_HASH, which Cognito checks. */
function usernameFromBearer(request: FastifyRequest): string | undefined {
  const token = bearerToken(request);
  if (token === undefined) return undefined;
  try {
    const { payload } = decomposeUnverifiedJwt(token);
    const username = payload['cognito:username'] ?? payload['username'];
    return typeof username === 'string' ? username : undefined;
  } catch (error) {
    throw new UsersyncError('TOKEN_INVALID', undefined, { cause: error });
  }
}

/** What the `/auth` routes are built from. */
interface AuthContext {
  dependencies: AppDependencies;
  limiter: AuthLimiter;
}

/** The app with zod schemas as its type provider. */
type ZodApp = ReturnType<typeof withZod>;

function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** A wrong or unknown code, whether or not the account exists, reads the same. */
const CODE_ERRORS: Partial<Record<ErrorCode, ErrorCode>> = {
  NOT_FOUND: 'CODE_MISMATCH',
  INVALID_CREDENTIALS: 'CODE_MISMATCH',
};

/** `/auth/*`: sign-up to sign-out over Cognito, rate-limited per IP and per email. */
export function authRoutes(dependencies: AppDependencies, limiter: AuthLimiter) {
  const context: AuthContext = { dependencies, limiter };
  return async (app: FastifyInstance): Promise<void> => {
    const api = withZod(app);
    signUpRoute(api, context);
    confirmRoute(api, context);
    refreshRoute(api, context);
    logoutRoute(api, context);
    forgotPasswordRoute(api, context);
    resetPasswordRoute(api, context);
    resendCodeRoute(api, context);
  };
}

/**
 * Codes a code-sending route hides, so that its answer says nothing of whether the account
 * exists or what state it is in.
 */
const HIDDEN_SEND_ERRORS: ErrorCode[] = [
  'NOT_FOUND',
  'INVALID_CREDENTIALS',
  'USER_NOT_CONFIRMED',
  'VALIDATION_FAILED',
];

/**
 * `POST /auth/resend-code`: a new sign-up confirmation code for an account whose code
 * expired; 202 whether or not the account exists (or is confirmed already), and
 * rate-limited per IP and per email like every code send.
 */
function resendCodeRoute(api: ZodApp, { dependencies, limiter }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/resend-code',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send a new confirmation code (same answer whether or not the account exists)',
        body: z.strictObject({ email: emailSchema }),
        response: { 202: z.object({ accepted: z.literal(true) }), ...bodyRouteErrors },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      try {
        await limiter.guard(request.ip, email, 'send', () => flows.resendConfirmationCode(email));
      } catch (error) {
        if (!isUsersyncError(error) || !HIDDEN_SEND_ERRORS.includes(error.code)) throw error;
        request.log.info(
          { email: maskEmail(email), code: error.code },
          'resend-code for an account that takes none',
        );
      }
      return reply.code(202).send({ accepted: true as const });
    },
  );
}

/** `POST /auth/signup`: a Cognito account, unless the email is taken in any case. */
function signUpRoute(api: ZodApp, { dependencies, limiter }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account; a confirmation code follows by email',
        body: z.strictObject({
          email: emailSchema,
          password: passwordSchema,
          name: nameSchema.optional(),
          phone: phoneSchema.optional(),
        }),
        response: {
          201: z.object({ sub: z.string(), confirmed: z.boolean() }),
          ...bodyRouteErrors,
        },
      },
    },
    async (request, reply) => {
      const { email, password, name, phone } = request.body;
      return limiter.guard(request.ip, email, 'send', async () => {
        // Cognito compares case-sensitively in some pools (and the emulator always does):
        // the DB's case-insensitive index is the authority on "one email, one person".
        if (await emailTaken(dependencies.store, email, 'sign-up'))
          throw new UsersyncError('USER_EXISTS');
        const attributes = [
          ...(name !== undefined ? [{ Name: 'name', Value: name }] : []),
          ...(phone !== undefined ? [{ Name: 'phone_number', Value: phone }] : []),
        ];
        const result = await flows.signUp(email, password, attributes);
        request.log.info({ email: maskEmail(email), sub: result.sub }, 'signed up');
        return reply.code(201).send(result);
      });
    },
  );
}

/** `POST /auth/confirm`: confirms an account with its code; a wrong or unknown one reads the same. */
function confirmRoute(api: ZodApp, { dependencies, limiter }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm an account with the emailed code',
        body: z.strictObject({ email: emailSchema, code: codeSchema }),
        response: { 200: z.object({ confirmed: z.literal(true) }), ...bodyRouteErrors },
      },
    },
    async (request) => {
      const { email, code } = request.body;
      await limiter.guard(request.ip, email, 'credential', () =>
        relabel(flows.confirmSignUp(email, code), CODE_ERRORS),
      );
      return { confirmed: true as const };
    },
  );
}

/** `POST /auth/refresh`: new id and access tokens. */
function refreshRoute(api: ZodApp, { dependencies }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary:
          'New id and access tokens for a refresh token (and a new refresh token, with rotation)',
        description:
          'With REFRESH_TOKEN_ROTATION=on (an app client that rotates refresh tokens), the answer holds a new refreshToken, and the one sent stops working after the client’s grace period. Otherwise, with an app client secret, also send the (possibly expired) id or access token as the Bearer token: Cognito needs its username.',
        body: z.strictObject({ refreshToken: safeString().min(1).max(8192) }),
        response: { 200: tokensSchema, ...bodyRouteErrors },
      },
    },
    async (request) => {
      const { refreshToken } = request.body;
      const tokens = await relabel(flows.refresh(refreshToken, usernameFromBearer(request)), {
        INVALID_CREDENTIALS: 'TOKEN_INVALID',
        NOT_FOUND: 'TOKEN_INVALID',
      });
      return {
        idToken: tokens.idToken,
        accessToken: tokens.accessToken,
        ...(tokens.refreshToken !== undefined && { refreshToken: tokens.refreshToken }),
        expiresIn: tokens.expiresIn,
      };
    },
  );
}

/**
 * `POST /auth/logout`: revokes the caller's own refresh token (RevokeToken), or, with
 * `everywhere`, signs them out of every session (GlobalSignOut, with their access token).
 * Either way the API then refuses every token the user was issued before, in every process
 * (the guard reads the sign-out from the store's shared records).
 */
function logoutRoute(api: ZodApp, { dependencies }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/logout',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['auth'],
        summary:
          "Sign out: revoke the caller's refresh token, or with everywhere every session of theirs",
        description:
          "With `refreshToken`, that refresh token is revoked (it must be the caller's). With `everywhere: true`, every session is signed out (the access token as the Bearer token). Afterwards the API refuses every id and access token the user was issued before.",
        body: z
          .strictObject({
            refreshToken: safeString().min(1).max(8192).optional(),
            everywhere: z.boolean().optional(),
          })
          .refine((body) => body.refreshToken !== undefined || body.everywhere === true, {
            error: 'send refreshToken, or everywhere: true',
          }),
        response: { 204: z.null(), ...bodyRouteErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { refreshToken, everywhere } = request.body;
      if (refreshToken !== undefined) {
        // Cognito's refresh tokens are opaque: whose one is, only a refresh tells. A caller
        // may revoke their own, never someone else's.
        const fresh = await relabel(flows.refresh(refreshToken, principal.username), {
          INVALID_CREDENTIALS: 'TOKEN_INVALID',
          NOT_FOUND: 'TOKEN_INVALID',
          VALIDATION_FAILED: 'TOKEN_INVALID',
        });
        const owner = await dependencies.verifier.verify(fresh.idToken);
        if (owner.sub !== principal.sub) {
          request.log.warn({ sub: principal.sub }, "logout refused: another user's refresh token");
          throw new UsersyncError('FORBIDDEN', 'The refresh token belongs to another user.');
        }
        await relabel(flows.revokeRefreshToken(refreshToken), {
          INVALID_CREDENTIALS: 'TOKEN_INVALID',
        });
        // With rotation, the check above was a refresh, and gave a new refresh token: it goes too.
        if (fresh.refreshToken !== undefined) await flows.revokeRefreshToken(fresh.refreshToken);
      }
      if (everywhere === true) {
        if (principal.tokenUse !== 'access') {
          throw new UsersyncError(
            'TOKEN_INVALID',
            'Signing out everywhere needs the access token, not the id token.',
          );
        }
        await flows.globalSignOut(bearerToken(request) ?? '');
      }
      await dependencies.counters.signOuts.record(principal.sub, new Date());
      request.log.info({ sub: principal.sub, everywhere: everywhere === true }, 'signed out');
      return reply.code(204).send(null);
    },
  );
}

/** `POST /auth/forgot-password`: sends a reset code; the same answer whether or not the account exists. */
function forgotPasswordRoute(api: ZodApp, { dependencies, limiter }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/forgot-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send a reset code (same answer whether or not the account exists)',
        body: z.strictObject({ email: emailSchema }),
        response: { 202: z.object({ accepted: z.literal(true) }), ...bodyRouteErrors },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      try {
        await limiter.guard(request.ip, email, 'send', () => flows.forgotPassword(email));
      } catch (error) {
        if (!isUsersyncError(error) || !HIDDEN_SEND_ERRORS.includes(error.code)) throw error;
        request.log.info(
          { email: maskEmail(request.body.email), code: error.code },
          'forgot-password for an account that cannot reset',
        );
      }
      return reply.code(202).send({ accepted: true as const });
    },
  );
}

/** `POST /auth/reset-password`: a new password with the emailed code. */
function resetPasswordRoute(api: ZodApp, { dependencies, limiter }: AuthContext): void {
  const { flows } = dependencies.cognito;
  api.post(
    '/auth/reset-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the emailed code',
        body: z.strictObject({
          email: emailSchema,
          code: codeSchema,
          newPassword: passwordSchema,
        }),
        response: { 200: z.object({ reset: z.literal(true) }), ...bodyRouteErrors },
      },
    },
    async (request) => {
      const { email, code, newPassword } = request.body;
      await limiter.guard(request.ip, email, 'credential', () =>
        relabel(flows.confirmForgotPassword(email, code, newPassword), CODE_ERRORS),
      );
      return { reset: true as const };
    },
  );
}
