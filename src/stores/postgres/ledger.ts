import {
  advanceConsumerPosition,
  claimEvent,
  recordDone,
  releaseClaim,
  wasProcessed,
} from '../../db/processed-events.ts';
import type { Db } from '../../db/schema.ts';
import type { ConsumerLedger } from '../store.ts';

/**
 * The consumers' ledger on PostgreSQL, over `processed_events` and `consumer_positions`,
 * each call its own short statement: for a sink whose work is outside the database (a
 * webhook POST), so that no transaction stays open across it and a message's success is
 * recorded as soon as it happened (a retry of the batch's failures never repeats it).
 */
export function postgresLedger(db: Db): ConsumerLedger {
  return {
    processed: (consumer, eventId) => wasProcessed(db, consumer, eventId),
    claim: (consumer, eventId, leaseMs) => claimEvent(db, consumer, eventId, leaseMs),
    record: (consumer, eventId) => recordDone(db, consumer, eventId),
    release: (consumer, eventId) => releaseClaim(db, consumer, eventId),
    async position(consumer, userId) {
      const row = await db
        .selectFrom('consumer_positions')
        .select('version')
        .where('consumer', '=', consumer)
        .where('aggregate_id', '=', userId)
        .executeTakeFirst();
      return row === undefined ? 0 : Number(row.version);
    },
    async advance(consumer, userId, version) {
      await advanceConsumerPosition(db, consumer, userId, version);
    },
  };
}
