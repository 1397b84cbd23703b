import { readUserBySub } from '../../cognito/read-user.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CognitoUser } from '../../cognito/gateway.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { toUserJson } from '../../domain/user.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { syncUser } from '../../services/jobs/sync-user.ts';
import type { PlanDetail } from '../../services/jobs/reconcile-plan.ts';
import type { AppDependencies } from '../dependencies.ts';
import {
  bodyRouteErrors,
  errorSchema,
  routeErrors,
  safeString,
  userJsonSchema,
} from '../schemas.ts';
import { principalOf } from '../guard.ts';
import { AUDIT_ACTIONS, type AuditEntry } from '../../domain/audit.ts';
import { actOnUser } from '../../services/users/admin-actions.ts';

/** A user's Cognito record, as the admin routes show it beside the stored one. */
const cognitoRecordSchema = z.object({
  username: z.string(),
  enabled: z.boolean(),
  groups: z.array(z.string()),
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

function cognitoRecord(user: CognitoUser, groups: string[]) {
  return {
    username: user.username,
    enabled: user.enabled,
    groups,
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

/** A user's `sub` in an admin route's path. */
const subParams = z.strictObject({ sub: safeString().trim().min(1).max(128) });

/** A Cognito group's name, as CreateGroup takes it. */
const groupSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, { error: 'group must be a Cognito group name' });

/** A claim's new value, or `null` to clear it; its type is checked against the claim set. */
const claimValueSchema = z.union([
  safeString().max(2048),
  z.number(),
  z.boolean(),
  z.array(safeString().max(256)).max(100),
  z.null(),
]);

/** The actions an operator can take on a user (src/services/users/admin-actions.ts). */
const userActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('sync') }),
  z.strictObject({
    action: z.literal('set-claims'),
    claims: z.record(safeString().min(1).max(128), claimValueSchema),
  }),
  z.strictObject({ action: z.literal('add-group'), group: groupSchema }),
  z.strictObject({ action: z.literal('remove-group'), group: groupSchema }),
  z.strictObject({ action: z.literal('disable') }),
  z.strictObject({ action: z.literal('enable') }),
  z.strictObject({ action: z.literal('sign-out') }),
  z.strictObject({ action: z.literal('reset-mfa') }),
  z.strictObject({ action: z.literal('delete'), confirm: safeString().max(128) }),
  z.strictObject({ action: z.literal('erase'), confirm: safeString().max(128) }),
]);

/** An audit entry as the admin routes show it. */
const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string(),
  outcome: z.enum(['started', 'done', 'failed']),
  detail: z.record(z.string(), z.unknown()),
});

function auditJson(entry: AuditEntry) {
  return { ...entry, at: entry.at.toISOString() };
}

/**
 * A claim search's value, as the claim's type reads it from the query's text: a number, a
 * boolean (`true`, `false`), text, or one item of a list claim. `VALIDATION_FAILED` for a
 * claim the set does not define or a value its type cannot read.
 */
function claimQuery(
  claims: ClaimSet,
  name: string,
  text: string,
): { name: string; value: string | number | boolean | [string] } {
  const claim = claims.find((candidate) => candidate.name === name);
  if (claim === undefined) {
    throw new UsersyncError('VALIDATION_FAILED', `The claim set defines no claim "${name}".`);
  }
  switch (claim.type) {
    case 'string':
      return { name, value: text };
    case 'string[]':
      return { name, value: [text] };
    case 'number': {
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) {
        throw new UsersyncError('VALIDATION_FAILED', `The claim ${name} takes a number.`);
      }
      return { name, value };
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') {
        throw new UsersyncError('VALIDATION_FAILED', `The claim ${name} takes true or false.`);
      }
      return { name, value: text === 'true' };
  }
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
          summary:
            "Users in creation order, a page at a time; search by email prefix, by sub, or by a claim's value (the store answers: Cognito cannot filter on custom attributes)",
          security: [{ bearer: [] }],
          querystring: z
            .strictObject({
              limit: z.coerce.number().int().min(1).max(500).default(50),
              cursor: safeString().max(200).optional(),
              email: safeString().trim().min(1).max(254).optional(),
              sub: safeString().trim().min(1).max(128).optional(),
              claim: safeString().trim().min(1).max(128).optional(),
              value: safeString().max(2048).optional(),
            })
            .refine((query) => (query.claim === undefined) === (query.value === undefined), {
              error: 'claim and value go together',
            }),
          response: {
            200: z.object({ items: z.array(userJsonSchema), nextCursor: z.string().nullable() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, cursor, email, sub, claim, value } = request.query;
        if (sub !== undefined) {
          // A sub names one user: the page is that user, or none.
          const user = await dependencies.store.userBySub(sub);
          return { items: user === undefined ? [] : [toUserJson(user)], nextCursor: null };
        }
        const page = await dependencies.store.listUsers({
          limit,
          ...(cursor !== undefined && { cursor }),
          ...(email !== undefined && { emailPrefix: email }),
          ...(claim !== undefined &&
            value !== undefined && { claim: claimQuery(dependencies.claims, claim, value) }),
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
          params: subParams,
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
          readUserBySub(gateway, userPoolId, sub),
          // The one-user sync's own rules, dry: the same decision `sync this user` would take.
          syncUser(
            {
              store: dependencies.records,
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
          cognito:
            cognitoUser === undefined
              ? null
              : cognitoRecord(
                  cognitoUser,
                  await gateway.adminListGroupsForUser(userPoolId, cognitoUser.username),
                ),
          differences: differencesOf(plan.details),
          reconcile: {
            decisions: plan.details.map(({ changes: _changes, ...decision }) => decision),
          },
        };
      },
    );

    app.withTypeProvider<ZodTypeProvider>().post(
      '/admin/users/:sub/actions',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "An action on a user: sync now, set claims, add or remove a group, disable, enable, sign out everywhere, reset MFA, delete, or erase (the last two confirmed with the user's sub); each writes its event and an audit entry",
          security: [{ bearer: [] }],
          params: subParams,
          body: userActionSchema,
          response: {
            200: z.object({
              outcome: z.enum(['done', 'failed']),
              detail: z.record(z.string(), z.unknown()),
              audit: auditEntrySchema,
            }),
            ...bodyRouteErrors,
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const outcome = await actOnUser(
          {
            store: dependencies.store,
            jobs: dependencies.records,
            audit: dependencies.records.audit,
            signOuts: dependencies.counters.signOuts,
            cognito: dependencies.cognito,
            claims: dependencies.claims,
            logger: dependencies.logger,
          },
          principalOf(request).sub,
          request.params.sub,
          request.body,
        );
        return { ...outcome, audit: auditJson(outcome.audit) };
      },
    );

    app.withTypeProvider<ZodTypeProvider>().get(
      '/admin/audit',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            'What operators did through the admin API, newest first; filter by the user (sub) or run acted on',
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(200).default(50),
            cursor: safeString().max(200).optional(),
            target: safeString().trim().min(1).max(128).optional(),
          }),
          response: {
            200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, cursor, target } = request.query;
        const page = await dependencies.records.audit.list({
          limit,
          ...(cursor !== undefined && { cursor }),
          ...(target !== undefined && { target }),
        });
        return { items: page.items.map(auditJson), nextCursor: page.nextCursor };
      },
    );
  };
}
