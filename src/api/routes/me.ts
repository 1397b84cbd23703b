import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES_CLAIM, rolesFromClaim, toUserJson } from '../../domain/user.ts';
import { updateOwnProfile } from '../../services/users/profile.ts';
import { claimsFromToken, currentUser } from '../current-user.ts';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import {
  bodyRouteErrors,
  routeErrors,
  nameSchema,
  phoneSchema,
  PROFILE_MAX_BYTES,
  profileSchema,
  userJsonSchema,
} from '../schemas.ts';

/** `/me`: the caller's own user. */
export function meRoutes(dependencies: AppDependencies) {
  return async (app: FastifyInstance): Promise<void> => {
    const api = app.withTypeProvider<ZodTypeProvider>();

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
      async (request) => toUserJson(await currentUser(dependencies, principalOf(request))),
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
              developerId: z.string().nullable(),
              userType: z.string().nullable(),
              companyName: z.string().nullable(),
              roles: z.array(z.string()),
              groups: z.array(z.string()),
              source: z.enum(['token', 'db']),
            }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const fromToken = claimsFromToken(principal);
        if (fromToken !== undefined) {
          return {
            sub: principal.sub,
            ...fromToken,
            roles: rolesFromClaim((principal.payload as Record<string, unknown>)[ROLES_CLAIM]),
            groups: principal.groups,
            source: 'token' as const,
          };
        }
        const user = await currentUser(dependencies, principal);
        const { developerId, userType, companyName, roles } = user;
        return {
          sub: principal.sub,
          developerId,
          userType,
          companyName,
          roles,
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
          body: z.strictObject({
            name: nameSchema.nullable().optional(),
            phone: phoneSchema.nullable().optional(),
            profile: profileSchema.optional(),
          }),
          response: { 200: userJsonSchema, ...bodyRouteErrors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const user = await currentUser(dependencies, principal);
        const updated = await updateOwnProfile(
          { store: dependencies.store, cognito: dependencies.cognito },
          { id: user.id, username: principal.username },
          request.body,
          PROFILE_MAX_BYTES,
        );
        return toUserJson(updated);
      },
    );
  };
}
