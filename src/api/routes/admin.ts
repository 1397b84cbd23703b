import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CognitoUser } from '../../cognito/gateway.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { toUserJson } from '../../domain/user.ts';
import { syncUser } from '../../services/jobs/sync-user.ts';
import type { PlanDetail } from '../../services/jobs/reconcile-plan.ts';
import type { AppDependencies } from '../dependencies.ts';
import { routeErrors, safeString, userJsonSchema } from '../schemas.ts';

/** A user's Cognito record, as the admin routes show it beside the stored one. */
const cognitoRecordSchema = z.object({
  username: z.string(),
  enabled: z.boolean(),
  status: z.string().nullable(),
  createdAt: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
});

/** One decision of the reconcile's rules about this user, as a dry run makes it. */
const decisionSchema = z.object({
  status: z.string(),
  email: z.string().nullable(),
  sub: z.string().nullable().optional(),
  reason: z.string().optional(),
  oldSub: z.string().nullable().optional(),
  newSub: z.string().optional(),
});

/** A field on which the stored record and Cognito's differ, and the value each holds. */
const differenceSchema = z.object({ field: z.string(), store: z.unknown(), cognito: z.unknown() });

function cognitoRecord(user: CognitoUser) {
  return {
    username: user.username,
    enabled: user.enabled,
    status: user.status ?? null,
    createdAt: user.createdAt?.toISOString() ?? null,
    attributes: user.attributes,
  };
}

/** The fields a decision would change: where the store and Cognito differ. */
function differencesOf(details: PlanDetail[]) {
  return details.flatMap((detail) =>
    Object.entries(detail.changes ?? {}).map(([field, { from, to }]) => ({
      field,
      store: from,
      cognito: to,
    })),
  );
}

/** `/admin/*`: for members of the Cognito group `admin`. */
export function adminRoutes(dependencies: AppDependencies) {
  return async (app: FastifyInstance): Promise<void> => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/admin/users',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Users in creation order, a page at a time; filter by email prefix',
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(500).default(50),
            cursor: safeString().max(200).optional(),
            email: safeString().trim().min(1).max(254).optional(),
          }),
          response: {
            200: z.object({ items: z.array(userJsonSchema), nextCursor: z.string().nullable() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, cursor, email } = request.query;
        const page = await dependencies.store.listUsers({
          limit,
          ...(cursor !== undefined && { cursor }),
          ...(email !== undefined && { emailPrefix: email }),
        });
        return { items: page.items.map(toUserJson), nextCursor: page.nextCursor };
      },
    );

    app.withTypeProvider<ZodTypeProvider>().get(
      '/admin/users/:sub',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "A user's stored record and Cognito record side by side, the fields that differ, and what the reconcile's rules would do (a dry run: nothing is written)",
          security: [{ bearer: [] }],
          params: z.strictObject({ sub: safeString().trim().min(1).max(128) }),
          response: {
            200: z.object({
              sub: z.string(),
              store: userJsonSchema.nullable(),
              cognito: cognitoRecordSchema.nullable(),
              differences: z.array(differenceSchema),
              reconcile: z.object({ decisions: z.array(decisionSchema) }),
            }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { sub } = request.params;
        const { userPoolId, gateway } = dependencies.cognito;
        const [stored, cognitoUser, plan] = await Promise.all([
          dependencies.store.userBySub(sub),
          gateway.findUserBySub(userPoolId, sub),
          // The one-user sync's own rules, dry: the same decision `sync this user` would take.
          syncUser(
            {
              store: dependencies.jobs,
              cognito: { userPoolId, gateway },
              logger: dependencies.logger,
              claims: dependencies.claims,
            },
            { sub, dryRun: true },
          ),
        ]);
        if (stored === undefined && cognitoUser === undefined) {
          throw new UsersyncError('NOT_FOUND', 'Neither the store nor the pool has this sub.');
        }
        return {
          sub,
          store: stored === undefined ? null : toUserJson(stored),
          cognito: cognitoUser === undefined ? null : cognitoRecord(cognitoUser),
          differences: differencesOf(plan.details),
          reconcile: {
            decisions: plan.details.map(({ changes: _changes, ...decision }) => decision),
          },
        };
      },
    );
  };
}
