import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import type { EventEnvelope } from '../domain/events.ts';
import type { Logger } from '../logging/logger.ts';
import type { Publisher } from './publisher.ts';

/** The channel the outbox notifies on commit, and the relay listens to. */
export const OUTBOX_CHANNEL = 'usersync_outbox';

/** Options for {@link createRelay}. */
export interface RelayOptions {
  db: Db;
  publisher: Publisher;
  logger: Logger;
  /** Events claimed per transaction. @default 100 */
  batchSize?: number;
  /** First retry delay; doubles per attempt. @default 1_000 */
  retryBaseMs?: number;
  /** Longest retry delay. @default 300_000 */
  retryMaxMs?: number;
}

/** What one pass of the relay did. */
export interface RelayCounts {
  published: number;
  failed: number;
  batches: number;
}

/** The outbox relay: publishes pending events at least once, in `created_at` order per batch. */
export interface Relay {
  /** Publishes every event that is due now; returns when none is left. */
  drain(): Promise<RelayCounts>;
  /** One batch: claims up to `batchSize` due events, publishes them, records the outcome. */
  runBatch(): Promise<RelayCounts>;
}

/** The delay before attempt `attempts + 1`: exponential, capped, with up to 20 % jitter. */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random = Math.random,
): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (1 + 0.2 * random()));
}

/**
 * Builds the relay. Each batch is one transaction: it claims due rows with
 * `FOR UPDATE SKIP LOCKED` (so relays side by side take different rows), publishes them,
 * marks the published ones, and gives the failed ones an attempt, their error and a later
 * `available_at`. A relay that dies after publishing and before committing leaves its rows
 * to be published again: delivery is at least once, and consumers deduplicate by event id.
 */
export function createRelay(options: RelayOptions): Relay {
  const batchSize = options.batchSize ?? 100;
  const baseMs = options.retryBaseMs ?? 1_000;
  const maxMs = options.retryMaxMs ?? 300_000;

  async function runBatch(): Promise<RelayCounts> {
    return options.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('outbox')
        .select(['id', 'payload', 'attempts'])
        .where('published_at', 'is', null)
        .where('available_at', '<=', sql<Date>`now()`)
        .orderBy('created_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return { published: 0, failed: 0, batches: 0 };
      const results = await options.publisher.publish(
        rows.map((row) => row.payload as unknown as EventEnvelope),
      );
      const published = results.filter((result) => result.ok).map((result) => result.id);
      if (published.length > 0) {
        await trx
          .updateTable('outbox')
          .set({ published_at: sql`now()` })
          .where('id', 'in', published)
          .execute();
      }
      const failures = results.filter((result) => !result.ok);
      if (failures.length > 0) {
        const attemptsById = new Map(rows.map((row) => [row.id, row.attempts]));
        const ids = failures.map((failure) => failure.id);
        const errors = failures.map((failure) => (failure.ok ? '' : failure.error).slice(0, 1_000));
        const delays = failures.map((failure) =>
          retryDelayMs((attemptsById.get(failure.id) ?? 0) + 1, baseMs, maxMs),
        );
        await sql`
          update outbox set
            attempts = attempts + 1,
            last_error = f.error,
            available_at = now() + f.delay_ms * interval '1 millisecond'
          from unnest(${ids}::uuid[], ${errors}::text[], ${delays}::int[]) as f(id, error, delay_ms)
          where outbox.id = f.id
        `.execute(trx);
        options.logger.warn(
          { failed: failures.length, firstError: errors[0] },
          'events not published; retried later',
        );
      }
      return { published: published.length, failed: failures.length, batches: 1 };
    });
  }

  return {
    runBatch,
    async drain() {
      const total: RelayCounts = { published: 0, failed: 0, batches: 0 };
      for (;;) {
        const counts = await runBatch();
        total.published += counts.published;
        total.failed += counts.failed;
        total.batches += counts.batches;
        // A batch of failures only is not retried now (their available_at moved on).
        if (counts.batches === 0 || counts.published === 0) return total;
      }
    },
  };
}
