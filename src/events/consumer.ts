import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSRecord } from 'aws-lambda';
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

/** A sink: what a consumer does with one event (idempotent: a delivery may repeat it). */
export type EventSink = (event: EventEnvelope) => Promise<void>;

/** Options for {@link createConsumer}. */
export interface ConsumerOptions {
  /** The consumer's name: the ledger keeps its records per consumer. */
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
 * The SQS batch handler of a consumer, on either store: each message's event is claimed in
 * the store's ledger (a redelivered one does nothing; one being processed elsewhere comes
 * back later), its sink run, and then recorded (with the user's position for
 * `ignoreStale`). A sink that fails leaves nothing recorded and
 * the message comes back; one that succeeds and whose record fails runs again on
 * redelivery, so sinks must be idempotent (a webhook receiver deduplicates by event id;
 * the profile provisioner only adds what is missing). Messages fail alone.
 */
export function createConsumer(
  options: ConsumerOptions,
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
