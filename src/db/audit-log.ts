import type {
  AuditEntry,
  AuditPage,
  AuditQuery,
  AuditRecord,
  WebhookDelivery,
} from '../domain/audit.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { Db } from './schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Writes an audit entry; returns it as kept. */
export async function insertAuditEntry(db: Db, record: AuditRecord): Promise<AuditEntry> {
  const row = await db
    .insertInto('audit_log')
    .values({ ...record, detail: record.detail })
    .returning(['id', 'at'])
    .executeTakeFirstOrThrow();
  return { ...record, id: row.id, at: row.at };
}

/**
 * A page of the audit log, newest first (ids are time-ordered); the cursor is the last id
 * of the page before. A cursor that is not one of ours is `VALIDATION_FAILED`.
 */
export async function listAuditEntries(db: Db, query: AuditQuery): Promise<AuditPage> {
  if (query.cursor !== undefined && !UUID.test(query.cursor)) {
    throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not one this log gave out.');
  }
  let select = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  if (query.target !== undefined) select = select.where('target', '=', query.target);
  const rows = await select.execute();
  const items = rows.slice(0, query.limit).map((row): AuditEntry => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditEntry['action'],
    target: row.target,
    outcome: row.outcome,
    detail: row.detail,
  }));
  return {
    items,
    nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null,
  };
}

/** Records a delivery to a webhook receiver. */
export async function insertDelivery(
  db: Db,
  delivery: Omit<WebhookDelivery, 'id' | 'at'>,
): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      consumer: delivery.consumer,
      event_id: delivery.eventId,
      event_type: delivery.eventType,
      status: delivery.status,
      ms: Math.round(delivery.ms),
      error: delivery.error,
    })
    .execute();
}

/** The newest deliveries (to one consumer, when given), newest first. */
export async function listDeliveries(
  db: Db,
  query: { limit: number; consumer?: string },
): Promise<WebhookDelivery[]> {
  let select = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.consumer !== undefined) select = select.where('consumer', '=', query.consumer);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    consumer: row.consumer,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    ms: row.ms,
    error: row.error,
  }));
}
