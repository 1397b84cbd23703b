import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditRecord } from '../../domain/audit.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { audited } from '../../services/audited.ts';
import { failureOf } from '../../services/jobs/job.ts';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import { bodyRouteErrors, errorSchema, routeErrors, safeString } from '../schemas.ts';

const outboxEntrySchema = z.object({
  id: z.string(),
  type: z.string(),
  userId: z.string().nullable(),
  createdAt: z.string(),
  state: z.enum(['pending', 'published', 'parked']),
  attempts: z.number(),
  error: z.string().nullable(),
});

const parkedSchema = z.object({
  id: z.string(),
  type: z.string(),
  attempts: z.number(),
  error: z.string().nullable(),
  createdAt: z.string(),
  parkedAt: z.string(),
});

const consumerParams = z.strictObject({
  consumer: safeString().min(1).max(80),
});

/** One part of the system as the health page shows it: up or not, how long it took, its error. */
const checkSchema = z.object({
  ok: z.boolean(),
  ms: z.number(),
  /** The error's stable code (never its message, which may name a host or a user). */
  error: z.string().nullable(),
});

/** Runs a check, timing it; its failure is the check's `error`, not the route's. */
async function check<T>(
  probe: () => Promise<T>,
): Promise<{ ok: boolean; ms: number; error: string | null; value?: T }> {
  const started = performance.now();
  try {
    const value = await probe();
    return { ok: true, ms: Math.round(performance.now() - started), error: null, value };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: failureOf(error).code };
  }
}

/**
 * `/admin/events*`, `/admin/dead-letters*` and `/admin/health`: the outbox's backlog and
 * recent events, parked events and the consumers' dead letters with their redrive, and
 * the health of the store, Cognito and the queues.
 */
export function adminEventRoutes(dependencies: AppDependencies) {
  const { records } = dependencies;
  const recorded = async <T>(
    entry: Omit<AuditRecord, 'outcome' | 'detail'>,
    act: () => Promise<{ result: T; detail: Record<string, unknown> }>,
  ): Promise<T> => {
    const acted = await audited(
      records.audit,
      dependencies.logger,
      { ...entry, detail: {} },
      async () => ({ ...(await act()), outcome: 'done' }),
    );
    return acted.result;
  };
  const board = () => {
    if (dependencies.deadLetters === undefined) {
      throw new UsersyncError(
        'NOT_FOUND',
        'No dead-letter queues are known here (CONSUMER_QUEUES).',
      );
    }
    return dependencies.deadLetters;
  };

  return async (app: FastifyInstance): Promise<void> => {
    const typed = app.withTypeProvider<ZodTypeProvider>();
    typed.get(
      '/admin/events',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "The outbox's backlog and the age of its oldest event, the newest events (by type), the parked ones, and each consumer's dead letters",
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            type: safeString().min(1).max(64).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({
              outbox: z.object({ oldestUnpublishedAgeSeconds: z.number(), parked: z.number() }),
              recent: z.array(outboxEntrySchema),
              parked: z.array(parkedSchema),
              deadLetters: z.array(z.object({ consumer: z.string(), messages: z.number() })),
            }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { type, limit } = request.query;
        const [oldest, parkedCount, recent, parked, deadLetters] = await Promise.all([
          records.outbox.oldestUnpublishedAgeSeconds(),
          records.outbox.parkedCount(),
          records.outbox.recent({ limit, ...(type !== undefined && { type }) }),
          records.outbox.listParked(50),
          dependencies.deadLetters?.queues() ?? Promise.resolve([]),
        ]);
        return {
          outbox: { oldestUnpublishedAgeSeconds: oldest, parked: parkedCount },
          recent,
          parked,
          deadLetters,
        };
      },
    );

    typed.post(
      '/admin/events/redrive',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Give parked events (these ids, or all) to the relay again; audited',
          security: [{ bearer: [] }],
          body: z.strictObject({ ids: z.array(z.uuid()).min(1).max(1000).optional() }),
          response: { 200: z.object({ redriven: z.number() }), ...bodyRouteErrors },
        },
      },
      async (request) => {
        const ids = request.body.ids ?? 'all';
        return recorded(
          { actor: principalOf(request).sub, action: 'outbox.redrive', target: 'outbox' },
          async () => {
            const redriven = await records.outbox.redrive(ids);
            return { result: { redriven }, detail: { redriven } };
          },
        );
      },
    );

    typed.get(
      '/admin/dead-letters/:consumer',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "A consumer's dead letters, left in place: each message's event type and id and how often it was received",
          security: [{ bearer: [] }],
          params: consumerParams,
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(100).default(50),
          }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  messageId: z.string(),
                  receiveCount: z.number(),
                  eventType: z.string().nullable(),
                  eventId: z.string().nullable(),
                }),
              ),
            }),
            ...routeErrors,
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const letters = await board().list(request.params.consumer, request.query.limit);
        // The body is not shown: it is the event, which may hold personal data.
        return {
          items: letters.map((letter) => ({
            messageId: letter.messageId,
            receiveCount: letter.receiveCount,
            eventType: letter.eventType ?? null,
            eventId: letter.eventId ?? null,
          })),
        };
      },
    );

    typed.post(
      '/admin/dead-letters/:consumer/redrive',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "Move a consumer's dead letters back to its queue, to be consumed again; audited",
          security: [{ bearer: [] }],
          params: consumerParams,
          response: { 200: z.object({ moved: z.number() }), ...routeErrors, 404: errorSchema },
        },
      },
      async (request) => {
        const { consumer } = request.params;
        const dead = board();
        return recorded(
          { actor: principalOf(request).sub, action: 'dead-letters.redrive', target: consumer },
          async () => {
            const moved = await dead.redrive(consumer);
            return { result: { moved }, detail: { moved } };
          },
        );
      },
    );

    typed.get(
      '/admin/webhooks/deliveries',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "Webhook deliveries, newest first: each event sent to a receiver and the receiver's answer (its HTTP status and time, or why it did not answer)",
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(200).default(50),
            consumer: safeString().min(1).max(200).optional(),
          }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  at: z.string(),
                  consumer: z.string(),
                  eventId: z.string(),
                  eventType: z.string(),
                  status: z.number().nullable(),
                  ms: z.number(),
                  error: z.string().nullable(),
                }),
              ),
            }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, consumer } = request.query;
        const items = await records.audit.deliveries({
          limit,
          ...(consumer !== undefined && { consumer }),
        });
        return { items: items.map((item) => ({ ...item, at: item.at.toISOString() })) };
      },
    );

    typed.get(
      '/admin/health',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary:
            "The store, Cognito, the outbox and the consumers' queues: each up or not, how long it took to answer, and its last error",
          security: [{ bearer: [] }],
          response: {
            200: z.object({
              store: checkSchema,
              cognito: checkSchema,
              outbox: checkSchema.extend({
                oldestUnpublishedAgeSeconds: z.number().nullable(),
                parked: z.number().nullable(),
                lastError: z.string().nullable(),
              }),
              queues: checkSchema.extend({ deadLetters: z.number().nullable() }),
            }),
            ...routeErrors,
          },
        },
      },
      async () => {
        const { gateway, userPoolId } = dependencies.cognito;
        const [store, cognito, outbox, queues] = await Promise.all([
          check(() => dependencies.store.ping()),
          check(() => gateway.describeUserPool(userPoolId)),
          check(async () => {
            const [age, parked, [latest]] = await Promise.all([
              records.outbox.oldestUnpublishedAgeSeconds(),
              records.outbox.parkedCount(),
              records.outbox.listParked(1),
            ]);
            return { age, parked, lastError: latest?.error ?? null };
          }),
          check(async () =>
            (await (dependencies.deadLetters?.queues() ?? Promise.resolve([]))).reduce(
              (sum, queue) => sum + queue.messages,
              0,
            ),
          ),
        ]);
        const strip = <T>({
          value: _value,
          ...rest
        }: {
          ok: boolean;
          ms: number;
          error: string | null;
          value?: T;
        }) => rest;
        return {
          store: strip(store),
          cognito: strip(cognito),
          outbox: {
            ...strip(outbox),
            // A parked event is a failure the relay gave up on: the outbox is not well.
            ok: outbox.ok && (outbox.value?.parked ?? 0) === 0,
            oldestUnpublishedAgeSeconds: outbox.value?.age ?? null,
            parked: outbox.value?.parked ?? null,
            lastError: outbox.value?.lastError ?? null,
          },
          queues: {
            ...strip(queues),
            ok: queues.ok && (queues.value ?? 0) === 0,
            deadLetters: queues.value ?? null,
          },
        };
      },
    );
  };
}
