import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { patchUserProfile, type ProfilePatch } from '../../db/users.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { ROLES_CLAIM, rolesFromClaim, toUserJson } from '../../domain/user.ts';
import { enqueueEvent } from '../../db/outbox.ts';
import { userEvent } from '../../domain/events.ts';
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
  const { db } = dependencies.database;
  const { gateway, userPoolId } = dependencies.cognito;

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
        const { name, phone, profile } = request.body;
        const entries = Object.entries(profile ?? {});
        const patch: ProfilePatch = {
          ...(name !== undefined && { name }),
          ...(phone !== undefined && { phone }),
          profileSet: Object.fromEntries(entries.filter(([, value]) => value !== null)),
          profileRemove: entries.filter(([, value]) => value === null).map(([key]) => key),
        };
        const updated = await db.transaction().execute(async (trx) => {
          const outcome = await patchUserProfile(trx, user.id, patch, PROFILE_MAX_BYTES);
          if (outcome.kind === 'notFound') throw new UsersyncError('NOT_FOUND');
          if (outcome.kind === 'tooLarge') {
            throw new UsersyncError(
              'VALIDATION_FAILED',
              `profile must be at most ${PROFILE_MAX_BYTES} bytes as JSON`,
              { context: { field: 'profile' } },
            );
          }
          // No change, no write and no event.
          if (outcome.kind === 'unchanged') return outcome.user;
          // Cognito holds name and phone too (the reconcile copies them from there). It is
          // written while the row is locked and before the commit: if Cognito refuses, the
          // DB change rolls back, and both sides stay as they were.
          const attributes = [
            ...(outcome.fields.includes('name') ? [{ Name: 'name', Value: name ?? '' }] : []),
            ...(outcome.fields.includes('phone')
              ? [{ Name: 'phone_number', Value: phone ?? '' }]
              : []),
          ];
          if (attributes.length > 0)
            await gateway.adminUpdateUserAttributes(userPoolId, principal.username, attributes);
          await enqueueEvent(
            trx,
            userEvent('user.updated', outcome.user, { fields: outcome.fields }),
            outcome.user.id,
          );
          return outcome.user;
        });
        return toUserJson(updated);
      },
    );
  };
}
