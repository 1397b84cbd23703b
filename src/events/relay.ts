import type { Logger } from '../logging/logger.ts';
import type { EventOutbox } from '../stores/store.ts';
import type { Publisher } from './publisher.ts';

/** Options for {@link createRelay}. */
export interface RelayOptions {
  /** The store's outbox (PostgreSQL or DynamoDB). */
  outbox: EventOutbox;
  publisher: Publisher;
  logger: Logger;
  /** Events claimed per transaction. @default 100 */
  batchSize?: number;
  /** First retry delay; doubles per attempt. @default 1_000 */
  retryBaseMs?: number;
  /** Longest retry delay. @default 300_000 */
  retryMaxMs?: number;
  /**
   * Attempts before an event is parked: the relay stops retrying it, and an operator
   * re-drives it (`usersync outbox redrive`). @default {@link OUTBOX_MAX_ATTEMPTS}
   */
  maxAttempts?: number;
  /**
   * Retention: after a drain, at most once per `everyMs`, `prune` removes what is past it
   * (published events, consumers' records); what it removed is logged.
   */
  retention?: { prune: () => Promise<Record<string, number>>; everyMs: number };
}

/** How often a running relay prunes what is past its retention: hourly. */
export const RETENTION_EVERY_MS = 3_600_000;

/** Attempts before the relay parks an event (about 40 minutes of retries at the defaults). */
export const OUTBOX_MAX_ATTEMPTS = 12;

/** What one pass of the relay did. */
export interface RelayCounts {
  published: number;
  failed: number;
  /** Of the failed, those whose last attempt this was: parked. */
  parked: number;
  batches: number;
}

/** The outbox relay: publishes pending events at least once, oldest first per batch. */
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
 * Builds the relay. Each batch claims due events so that relays side by side take different
 * ones (see {@link EventOutbox.relayBatch}), publishes them, marks the published ones, and
 * gives the failed ones an attempt, their error and a later retry. A relay that dies after
 * publishing and before recording leaves its events to be published again: delivery is at
 * least once, and consumers deduplicate by event id.
 */
export function createRelay(options: RelayOptions): Relay {
  const batchSize = options.batchSize ?? 100;
  const baseMs = options.retryBaseMs ?? 1_000;
  const maxMs = options.retryMaxMs ?? 300_000;
  const maxAttempts = options.maxAttempts ?? OUTBOX_MAX_ATTEMPTS;

  async function runBatch(): Promise<RelayCounts> {
    let counts: RelayCounts = { published: 0, failed: 0, parked: 0, batches: 0 };
    await options.outbox.relayBatch(batchSize, async (rows) => {
      // Published under the row's id, which the marks below go by: a payload whose own id
      // is missing or differs (written by hand, or by an older version) cannot be published
      // again and again, unmarked.
      const results = await options.publisher.publish(
        rows.map((row) => ({ ...row.payload, id: row.id })),
      );
      const published = results.filter((result) => result.ok).map((result) => result.id);
      const attemptsById = new Map(rows.map((row) => [row.id, row.attempts]));
      const failures = results.flatMap((result) => {
        if (result.ok) return [];
        const attempt = (attemptsById.get(result.id) ?? 0) + 1;
        return [
          {
            id: result.id,
            error: result.error.slice(0, 1_000),
            delayMs: retryDelayMs(attempt, baseMs, maxMs),
            park: attempt >= maxAttempts,
          },
        ];
      });
      const parked = failures.filter((failure) => failure.park);
      if (failures.length > parked.length) {
        options.logger.warn(
          { failed: failures.length - parked.length, firstError: failures[0]?.error },
          'events not published; retried later',
        );
      }
      if (parked.length > 0) {
        options.logger.error(
          { parked: parked.map((failure) => failure.id), firstError: parked[0]?.error },
          `events parked after ${maxAttempts} attempts; usersync outbox redrive retries them`,
        );
      }
      counts = {
        published: published.length,
        failed: failures.length,
        parked: parked.length,
        batches: 1,
      };
      return { published, failures };
    });
    return counts;
  }

  let prunedAt = 0;
  /** The retention pass, when one is due; a failure is logged and tried at the next. */
  async function pruneIfDue(): Promise<void> {
    const { retention } = options;
    if (retention === undefined || Date.now() - prunedAt < retention.everyMs) return;
    prunedAt = Date.now();
    try {
      const removed = await retention.prune();
      if (Object.values(removed).some((count) => count > 0)) {
        options.logger.info({ removed }, 'pruned what is past its retention');
      }
    } catch (error) {
      options.logger.warn({ err: error }, 'the retention pass failed; it runs again later');
    }
  }

  return {
    runBatch,
    async drain() {
      const total: RelayCounts = { published: 0, failed: 0, parked: 0, batches: 0 };
      for (;;) {
        const counts = await runBatch();
        total.published += counts.published;
        total.failed += counts.failed;
        total.parked += counts.parked;
        total.batches += counts.batches;
        // A batch of failures only is not retried now (their available_at moved on).
        if (counts.batches === 0 || counts.published === 0) {
          await pruneIfDue();
          return total;
        }
      }
    },
  };
}
