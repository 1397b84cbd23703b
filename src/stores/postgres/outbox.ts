import {
  claimDueEvents,
  countParkedEvents,
  listParkedEvents,
  markPublished,
  oldestUnpublishedAgeSeconds,
  recentEvents,
  redriveParkedEvents,
  scheduleRetries,
} from '../../db/outbox.ts';
import type { Db } from '../../db/schema.ts';
import type { EventOutbox } from '../store.ts';

/**
 * The PostgreSQL outbox: each batch is one transaction that claims due rows with
 * `FOR UPDATE SKIP LOCKED` (relays side by side take different rows), publishes them, and
 * records the outcome before it commits.
 */
export function postgresOutbox(db: Db): EventOutbox {
  return {
    relayBatch: (limit, publish) =>
      db.transaction().execute(async (trx) => {
        const events = await claimDueEvents(trx, limit);
        if (events.length === 0) return 0;
        const { published, failures } = await publish(events);
        await markPublished(trx, published);
        await scheduleRetries(trx, failures);
        return events.length;
      }),
    oldestUnpublishedAgeSeconds: () => oldestUnpublishedAgeSeconds(db),
    parkedCount: () => countParkedEvents(db),
    listParked: (limit) => listParkedEvents(db, limit),
    recent: (query) => recentEvents(db, query),
    redrive: (ids) => redriveParkedEvents(db, ids),
  };
}
