import { sql } from 'kysely';
import type { Db } from './schema.ts';
import { table } from './own-schema.ts';
import { AUDIT_RETAIN_DAYS, DELIVERY_RETAIN_DAYS } from '../domain/audit.ts';

/** What one retention pass removed, by table. */
export interface PruneCounts {
  outbox: number;
  processedEvents: number;
  consumerPositions: number;
  rateLimits: number;
  auditLog: number;
  webhookDeliveries: number;
}

/** Rows one statement removes at most: a pass never holds a long lock. */
const PRUNE_BATCH = 10_000;

async function pruneBatches(db: Db, statement: () => ReturnType<typeof sql>): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await statement().execute(db);
    const removed = Number(result.numAffectedRows ?? 0n);
    total += removed;
    if (removed < PRUNE_BATCH) return total;
  }
}

/**
 * Removes what is past its retention: outbox events published more than `days` ago (the
 * outbox holds emails: this is data minimisation too), consumers' records of events
 * processed and positions last moved more than `days` ago, and rate-limit counters that
 * expired, audit entries older than {@link AUDIT_RETAIN_DAYS} and webhook deliveries older
 * than {@link DELIVERY_RETAIN_DAYS} (whatever `days` is).
 * Unpublished and parked events are never removed. In batches of
 * {@link PRUNE_BATCH}, each its own statement.
 */
export async function pruneRetained(db: Db, days: number): Promise<PruneCounts> {
  const cutoff = sql`now() - ${days} * interval '1 day'`;
  return {
    outbox: await pruneBatches(
      db,
      () => sql`delete from ${table('outbox')} where id in (
        select id from ${table('outbox')} where published_at < ${cutoff} limit ${PRUNE_BATCH})`,
    ),
    processedEvents: await pruneBatches(
      db,
      () => sql`delete from ${table('processed_events')} where (consumer, event_id) in (
        select consumer, event_id from ${table('processed_events')}
        where processed_at < ${cutoff} limit ${PRUNE_BATCH})`,
    ),
    consumerPositions: await pruneBatches(
      db,
      () => sql`delete from ${table('consumer_positions')} where (consumer, aggregate_id) in (
        select consumer, aggregate_id from ${table('consumer_positions')}
        where updated_at < ${cutoff} limit ${PRUNE_BATCH})`,
    ),
    rateLimits: await pruneBatches(
      db,
      () => sql`delete from ${table('rate_limits')} where key in (
        select key from ${table('rate_limits')} where expire < ${Date.now()} limit ${PRUNE_BATCH})`,
    ),
    auditLog: await pruneBatches(
      db,
      () => sql`delete from ${table('audit_log')} where id in (
        select id from ${table('audit_log')}
        where at < now() - ${AUDIT_RETAIN_DAYS} * interval '1 day' limit ${PRUNE_BATCH})`,
    ),
    webhookDeliveries: await pruneBatches(
      db,
      () => sql`delete from ${table('webhook_deliveries')} where id in (
        select id from ${table('webhook_deliveries')}
        where at < now() - ${DELIVERY_RETAIN_DAYS} * interval '1 day' limit ${PRUNE_BATCH})`,
    ),
  };
}
