import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UsersyncError } from '../../domain/errors.ts';
import { applyReviewed, startReconcile } from '../../services/jobs/admin-runs.ts';
import type { JobRunRecord } from '../../stores/store.ts';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import { bodyRouteErrors, errorSchema, routeErrors, safeString } from '../schemas.ts';

/** A job run as the admin routes show it. */
const runSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  dryRun: z.boolean(),
  options: z.record(z.string(), z.unknown()),
  counts: z.record(z.string(), z.unknown()),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  /** A failed run can be taken up where it stopped (`usersync sync --resume`). */
  resumable: z.boolean(),
});

function runJson(run: JobRunRecord) {
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    dryRun: run.dryRun,
    options: run.options,
    counts: run.counts,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt === null ? null : run.finishedAt.getTime() - run.startedAt.getTime(),
    resumable: run.status === 'failed',
  };
}

const runParams = z.strictObject({ id: safeString().trim().min(1).max(64) });

/** `/admin/runs*`: job history, and reconciles started, reviewed and applied from the console. */
export function adminRunRoutes(dependencies: AppDependencies) {
  const runs = () => ({
    jobRuns: dependencies.records.jobRuns,
    audit: dependencies.records.audit,
    logger: dependencies.logger,
    launcher: dependencies.syncLauncher,
  });
  return async (app: FastifyInstance): Promise<void> => {
    const typed = app.withTypeProvider<ZodTypeProvider>();
    typed.get(
      '/admin/runs',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Job runs of every kind, newest first: status, counts, duration, resumability',
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(100).default(20),
            cursor: safeString().max(200).optional(),
          }),
          response: {
            200: z.object({ items: z.array(runSchema), nextCursor: z.string().nullable() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query;
        const page = await dependencies.records.jobRuns.list({
          limit,
          ...(cursor !== undefined && { cursor }),
        });
        return { items: page.items.map(runJson), nextCursor: page.nextCursor };
      },
    );

    typed.get(
      '/admin/runs/:id',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "A run and a page of its details (a reconcile's decisions: at most its report's first 1,000, the rest counted)",
          security: [{ bearer: [] }],
          params: runParams,
          querystring: z.strictObject({
            offset: z.coerce.number().int().min(0).max(100_000).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            status: safeString().max(64).optional(),
          }),
          response: {
            200: z.object({
              run: runSchema,
              details: z.object({
                items: z.array(z.record(z.string(), z.unknown())),
                total: z.number(),
                offset: z.number(),
              }),
            }),
            ...routeErrors,
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const run = await dependencies.records.jobRuns.find(request.params.id);
        if (run === undefined) throw new UsersyncError('NOT_FOUND', 'No run has this id.');
        const { offset, limit, status } = request.query;
        const all = (await dependencies.records.jobRuns.details(run.id)).filter(
          (detail): detail is Record<string, unknown> =>
            typeof detail === 'object' &&
            detail !== null &&
            (status === undefined || (detail as { status?: unknown }).status === status),
        );
        return {
          run: runJson(run),
          details: { items: all.slice(offset, offset + limit), total: all.length, offset },
        };
      },
    );

    typed.post(
      '/admin/runs',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            'Start a reconcile (a dry run unless asked): answered at once with the run id, while the run goes on; audited',
          security: [{ bearer: [] }],
          body: z.strictObject({
            dryRun: z.boolean().default(true),
            createMissing: z.boolean().default(false),
            markDeleted: z.boolean().default(false),
          }),
          response: { 202: z.object({ runId: z.string() }), ...bodyRouteErrors },
        },
      },
      async (request, reply) => {
        const started = await startReconcile(runs(), principalOf(request).sub, request.body);
        return reply.code(202).send(started);
      },
    );

    typed.post(
      '/admin/runs/:id/apply',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "Apply a reviewed dry run: a new reconcile with its flags, not dry, that re-reads Cognito and checks each row's version; audited",
          security: [{ bearer: [] }],
          params: runParams,
          response: {
            202: z.object({ runId: z.string() }),
            ...routeErrors,
            404: errorSchema,
            409: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const started = await applyReviewed(runs(), principalOf(request).sub, request.params.id);
        return reply.code(202).send(started);
      },
    );
  };
}
