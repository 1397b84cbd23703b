import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { updateUserProfile } from '../../db/users.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { ROLES_CLAIM, rolesFromClaim, toUserJson } from '../../domain/user.ts';
import { enqueueEvent } from '../../events/outbox.ts';
import { userEvent } from '../../users/events.ts';
import { claimsFromToken, currentUser } from '../current-user.ts';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import {
  errorSchema,
  nameSchema,
  phoneSchema,
  PROFILE_MAX_BYTES,
  profileSchema,
  userJsonSchema,
} from '../schemas.ts';

const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  409: errorSchema,
  503: errorSchema,
};

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
          response: { 200: userJsonSchema, ...errors },
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
            ...errors,
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
          response: { 200: userJsonSchema, ...errors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const user = await currentUser(dependencies, principal);
        const { name, phone, profile: patch } = request.body;
        const profile = patch === undefined ? undefined : mergeProfile(user.profile, patch);
        // Cognito holds name and phone too, and the reconcile job copies them from there:
        // it is written first, so a failure leaves both sides as they were.
        const attributes = [
          ...(name !== undefined ? [{ Name: 'name', Value: name ?? '' }] : []),
          ...(phone !== undefined ? [{ Name: 'phone_number', Value: phone ?? '' }] : []),
        ];
        if (attributes.length > 0)
          await gateway.adminUpdateUserAttributes(userPoolId, principal.username, attributes);
        const updated = await db.transaction().execute(async (trx) => {
          const row = await updateUserProfile(trx, user.id, {
            ...(name !== undefined && { name }),
            ...(phone !== undefined && { phone }),
            ...(profile !== undefined && { profile }),
          });
          if (row === undefined) throw new UsersyncError('NOT_FOUND');
          await enqueueEvent(
            trx,
            userEvent('user.updated', row, { fields: Object.keys(request.body) }),
            row.id,
          );
          return row;
        });
        return toUserJson(updated);
      },
    );
  };
}

/** A top-level merge: keys in `patch` replace, `null` removes; the result is size-limited. */
export function mergeProfile(
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const merged = Object.fromEntries(
    [...Object.entries(current), ...Object.entries(patch)].filter(([key]) => patch[key] !== null),
  );
  if (Buffer.byteLength(JSON.stringify(merged)) > PROFILE_MAX_BYTES) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      `profile must be at most ${PROFILE_MAX_BYTES} bytes as JSON`,
      {
        context: { field: 'profile' },
      },
    );
  }
  return merged;
}
