import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSRecord } from 'aws-lambda';
import { eachOrAll } from '../db/partial.ts';
import { advanceConsumerPosition, recordProcessed } from '../db/processed-events.ts';
import type { Db } from '../db/schema.ts';
import type { EventEnvelope } from '../domain/events.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConsumerLedger } from '../stores/store.ts';
import { envelopeFromBody } from './sqs-message.ts';
import { UsersyncError } from '../domain/errors.ts';

/** The part of a Lambda SQS event a consumer reads. */
export interface SqsRecord {
  messageId: string;
  body: string;
}

/** An SQS batch, as Lambda delivers it. */
export interface SqsEvent {
  Records: SqsRecord[];
}

/** Lambda's partial batch response: only these messages come back. */
export interface SqsBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** A sink: what a consumer does with one event, inside the transaction that records it. */
export type EventEffect = (trx: Db, event: EventEnvelope) => Promise<void>;

/** A sink where no transaction records the event (the DynamoDB store's consumers). */
export type EventSink = (event: EventEnvelope) => Promise<void>;

/** Options for {@link createConsumer}. */
export interface ConsumerOptions {
  /** The consumer's name; `processed_events` is kept per consumer. */
  name: string;
  db: Db;
  effect: EventEffect;
  logger: Logger;
  /**
   * Skip an event whose `data.version` is older than the last one applied for the same
   * user (`data.userId`), for sinks that keep state. It is recorded as processed all the same.
   * @default false
   */
  ignoreStale?: boolean;
}

/**
 * Moves the consumer's position for the event's user to the event's version; false when
 * the event is stale (an event as new or newer was applied). Events without a user id or
 * version are never stale.
 */
async function advancePosition(trx: Db, consumer: string, event: EventEnvelope): Promise<boolean> {
  const userId = event.data['userId'];
  const version = event.data['version'];
  if (typeof userId !== 'string' || typeof version !== 'number') return true;
  return advanceConsumerPosition(trx, consumer, userId, version);
}

/**
 * Records the messages in `processed_events` (one statement) and runs the effect of each
 * event recorded now, not before: a redelivered event, or the same event twice in one
 * batch, has its effect once. Throws when an effect throws.
 */
async function consumeBatch(
  trx: Db,
  options: ConsumerOptions,
  messages: readonly { envelope: EventEnvelope }[],
): Promise<void> {
  const fresh = await recordProcessed(
    trx,
    options.name,
    messages.map(({ envelope }) => envelope.id),
  );
  for (const { envelope } of messages) {
    if (!fresh.delete(envelope.id)) continue;
    if (options.ignoreStale && !(await advancePosition(trx, options.name, envelope))) continue;
    await options.effect(trx, envelope);
  }
}

/**
 * An SQS batch handler (`SQSEvent` → `SQSBatchResponse`). Each message's effect runs in the
 * same transaction as the insert of `(consumer, event id)` into `processed_events`, so a
 * redelivered event does nothing and the effect happens once. A message that fails
 * (a malformed body, a throwing effect) is reported in `batchItemFailures` and the others
 * are not held back; SQS sends it again after its visibility timeout, and to the
 * dead-letter queue after `maxReceiveCount`. A batch is first tried whole (one statement
 * records it, no savepoints); only when an effect throws does it go again message by
 * message, so an effect with a side effect outside the database (a webhook POST) may run
 * twice for a batch with a failing message: receivers deduplicate by event id.
 */
export function createConsumer(
  options: ConsumerOptions,
): (event: SqsEvent) => Promise<SqsBatchResponse> {
  return async (event) => {
    const failed: string[] = [];
    const messages: { messageId: string; envelope: EventEnvelope }[] = [];
    for (const record of event.Records) {
      try {
        messages.push({ messageId: record.messageId, envelope: envelopeFromBody(record.body) });
      } catch (error) {
        options.logger.warn(
          { err: error, consumer: options.name, messageId: record.messageId },
          'malformed message',
        );
        failed.push(record.messageId);
      }
    }
    // Fast path: the whole batch in one transaction, recorded by one statement, with no
    // savepoints. If any effect throws, it all rolls back and the batch goes again with a
    // savepoint per message, so one message's failure still holds no other back.
    if (messages.length > 0) {
      try {
        await options.db.transaction().execute((trx) => consumeBatch(trx, options, messages));
        return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
      } catch (error) {
        options.logger.debug(
          { err: error, consumer: options.name },
          'batch failed as a whole; going message by message',
        );
      }
    }
    try {
      // One transaction (one commit) for the batch; a savepoint per message keeps one
      // message's failure from undoing the others.
      await options.db.transaction().execute(async (trx) => {
        const failures = await eachOrAll(trx, messages, (one) => consumeBatch(trx, options, one), {
          wholeFirst: false,
        });
        for (const { item, error } of failures) {
          options.logger.warn(
            { err: error, consumer: options.name, messageId: item.messageId },
            'message not processed',
          );
          failed.push(item.messageId);
        }
      });
    } catch (error) {
      options.logger.error(
        { err: error, consumer: options.name },
        'batch not committed; every message comes back',
      );
      return {
        batchItemFailures: event.Records.map((record) => ({ itemIdentifier: record.messageId })),
      };
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}

/** Options for {@link createLedgerConsumer}. */
export interface LedgerConsumerOptions {
  name: string;
  ledger: ConsumerLedger;
  sink: EventSink;
  logger: Logger;
  /** Skip an event older than the last one applied for the same user. @default false */
  ignoreStale?: boolean;
  /** How long a claim holds an event while its sink runs. @default {@link CLAIM_LEASE_MS} */
  leaseMs?: number;
}

/**
 * How long a consumer's claim on an event holds while its sink runs: longer than any sink
 * takes (a webhook POST times out after 5 s), shorter than the queue's visibility timeout,
 * so that the redelivery of a message whose consumer died finds the claim run out.
 */
export const CLAIM_LEASE_MS = 60_000;

/**
 * The SQS batch handler of a consumer on the DynamoDB store: each message's event is looked
 * up in the ledger (a redelivered one does nothing), its sink run, and then recorded (with
 * the user's position for `ignoreStale`). A sink that fails leaves nothing recorded and
 * the message comes back; one that succeeds and whose record fails runs again on
 * redelivery, so sinks must be idempotent (a webhook receiver deduplicates by event id;
 * the profile provisioner only adds what is missing). Messages fail alone.
 */
export function createLedgerConsumer(
  options: LedgerConsumerOptions,
): (event: SqsEvent) => Promise<SqsBatchResponse> {
  const { name, ledger, logger } = options;
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  const consume = async (envelope: EventEnvelope): Promise<void> => {
    const claim = await ledger.claim(name, envelope.id, leaseMs);
    if (claim === 'done') return;
    if (claim === 'busy') {
      // Another invocation holds it (the same message twice at once): it comes back later.
      throw new UsersyncError('CONFLICT', 'Another consumer is processing this event.');
    }
    const userId = envelope.data['userId'];
    const version = envelope.data['version'];
    const positioned =
      options.ignoreStale === true && typeof userId === 'string' && typeof version === 'number';
    try {
      if (!positioned || (await ledger.position(name, userId)) < version) {
        await options.sink(envelope);
        if (positioned) await ledger.advance(name, userId, version);
      }
    } catch (error) {
      await ledger.release(name, envelope.id).catch((releaseError: unknown) => {
        logger.warn({ err: releaseError, consumer: name }, 'claim left to run out');
      });
      throw error;
    }
    await ledger.record(name, envelope.id);
  };
  // Powertools' batch processor reports the failed messages (`batchItemFailures`); one at a
  // time, so the claims of one batch never race each other, and an all-failed batch is
  // reported, not thrown, as SQS then sends back exactly those.
  return async (event) => {
    const processor = new BatchProcessor(EventType.SQS);
    const response = await processPartialResponse(
      // The processor reads a record's `messageId` (for the failures) and hands it on; the
      // handler reads `body`: the two fields every caller's records carry.
      event as unknown as { Records: SQSRecord[] },
      async (record: SQSRecord) => {
        try {
          await consume(envelopeFromBody(record.body));
        } catch (error) {
          logger.warn(
            { err: error, consumer: name, messageId: record.messageId },
            'message not processed',
          );
          throw error;
        }
      },
      processor,
      { processInParallel: false, throwOnFullBatchFailure: false },
    );
    return { batchItemFailures: response.batchItemFailures };
  };
}
