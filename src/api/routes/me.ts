import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withValues } from '../../domain/claims.ts';
import { toUserJson } from '../../domain/user.ts';
import { updateOwnProfile } from '../../services/users/profile.ts';
import {
  completeEmailChange,
  deleteOwnAccount,
  startEmailChange,
} from '../../services/users/account.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { claimsFromToken } from '../../services/users/authenticate.ts';
import { currentUser } from '../current-user.ts';
import type { AppDependencies } from '../dependencies.ts';
import { bearerToken, principalOf } from '../guard.ts';
import {
  anyPasswordSchema,
  bodyRouteErrors,
  codeSchema,
  emailSchema,
  passwordSchema,
  routeErrors,
  nameSchema,
  phoneSchema,
  PROFILE_MAX_BYTES,
  profileSchema,
  userJsonSchema,
  claimsJsonSchema,
} from '../schemas.ts';

/** The app with zod schemas as its type provider. */
type ZodApp =
  ReturnType<FastifyInstance['withTypeProvider']> extends infer _
    ? ReturnType<typeof zodApp>
    : never;

function zodApp(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** `/me`: the caller's own user. */
export function meRoutes(dependencies: AppDependencies) {
  const account = { store: dependencies.store, cognito: dependencies.cognito };
  return async (app: FastifyInstance): Promise<void> => {
    const api = zodApp(app);
    accountRoutes(api, dependencies);

    api.get(
      '/me',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary: 'The caller, created just in time if Cognito has them and the DB does not',
          security: [{ bearer: [] }],
          response: { 200: userJsonSchema, ...routeErrors },
        },
      },
      async (request) => toUserJson(await currentUser(dependencies, request)),
    );

    api.get(
      '/me/claims',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            "The caller's claims: from the id token when it carries them (no DB read), else from the DB",
          security: [{ bearer: [] }],
          response: {
            200: z.object({
              sub: z.string(),
              claims: claimsJsonSchema,
              groups: z.array(z.string()),
              source: z.enum(['token', 'db']),
            }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const fromToken = claimsFromToken(principal, dependencies.claims);
        if (fromToken !== undefined) {
          return {
            sub: principal.sub,
            claims: withValues(fromToken),
            groups: principal.groups,
            source: 'token' as const,
          };
        }
        const user = await currentUser(dependencies, request);
        return {
          sub: principal.sub,
          claims: user.claims,
          groups: principal.groups,
          source: 'db' as const,
        };
      },
    );

    api.patch(
      '/me',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary: 'Change name, phone or custom profile fields (a null profile field removes it)',
          security: [{ bearer: [] }],
          description:
            'A new `email` needs the access token: Cognito sends a code to it (202), and the email changes once `POST /me/email/verify` confirms it. Until then sign-in takes the old email.',
          body: z.strictObject({
            name: nameSchema.nullable().optional(),
            phone: phoneSchema.nullable().optional(),
            profile: profileSchema.optional(),
            email: emailSchema.optional(),
          }),
          response: {
            200: userJsonSchema,
            202: z.object({ user: userJsonSchema, pendingEmail: z.string() }),
            ...bodyRouteErrors,
          },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { email, ...change } = request.body;
        // Checked first: a request that cannot finish changes nothing.
        const accessToken = email === undefined ? '' : accessTokenOf(request);
        const user = await currentUser(dependencies, request);
        const updated =
          Object.keys(change).length === 0
            ? user
            : await updateOwnProfile(
                account,
                { id: user.id, username: principal.username },
                change,
                PROFILE_MAX_BYTES,
              );
        if (email === undefined) return toUserJson(updated);
        const caller = { user: updated, username: principal.username, accessToken };
        if (!(await startEmailChange(account, caller, email))) return toUserJson(updated);
        return reply
          .code(202)
          .send({ user: toUserJson(updated), pendingEmail: normalizeEmail(email) });
      },
    );
  };
}

/** The caller's access token: what Cognito's own-account calls take (an id token is refused). */
export function accessTokenOf(request: FastifyRequest): string {
  const principal = principalOf(request);
  const token = bearerToken(request);
  if (principal.tokenUse !== 'access' || token === undefined) {
    throw new UsersyncError('TOKEN_INVALID', 'This needs the access token, not the id token.');
  }
  return token;
}

/** `/me/email/verify`, `/me/password`, `DELETE /me`: the caller's own account. */
function accountRoutes(api: ZodApp, dependencies: AppDependencies): void {
  const account = { store: dependencies.store, cognito: dependencies.cognito };

  api.post(
    '/me/email/verify',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['me'],
        summary: 'Complete an email change with the code Cognito sent to the new address',
        security: [{ bearer: [] }],
        body: z.strictObject({ code: codeSchema }),
        response: { 200: userJsonSchema, ...bodyRouteErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const accessToken = accessTokenOf(request);
      const user = await currentUser(dependencies, request);
      const caller = { user, username: principal.username, accessToken };
      return toUserJson(await completeEmailChange(account, caller, request.body.code));
    },
  );

  api.post(
    '/me/password',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['me'],
        summary: "Change the caller's password (the new one as at sign-up; a wrong old one is 401)",
        security: [{ bearer: [] }],
        body: z.strictObject({ oldPassword: anyPasswordSchema, newPassword: passwordSchema }),
        response: { 200: z.object({ changed: z.literal(true) }), ...bodyRouteErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const accessToken = accessTokenOf(request);
      await currentUser(dependencies, request);
      const { oldPassword, newPassword } = request.body;
      await dependencies.cognito.flows.changePassword(accessToken, oldPassword, newPassword);
      request.log.info({ sub: principal.sub }, 'password changed');
      return { changed: true as const };
    },
  );

  api.delete(
    '/me',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['me'],
        summary:
          "Delete the caller's account: the Cognito user, the user marked deleted (user.deleted); their tokens stop working",
        security: [{ bearer: [] }],
        response: { 204: z.null(), ...routeErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const user = await currentUser(dependencies, request);
      await deleteOwnAccount(account, { user, username: principal.username });
      request.log.info({ sub: principal.sub }, 'account deleted by its user');
      return reply.code(204).send(null);
    },
  );
}
