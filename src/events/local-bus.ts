import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EventEnvelope, EventType } from '../domain/events.ts';
import type { Publisher, PublishResult } from './publisher.ts';
import { toBusMessage } from './sqs-message.ts';

/** A rule of the local bus: events of these types go to this queue (as an EventBridge rule with an SQS target). */
export interface BusRule {
  name: string;
  /** The event types that match; `'*'` matches all. */
  eventTypes: readonly EventType[] | '*';
  queueUrl: string;
}

/** SendMessageBatch takes at most 10 messages. */
const MAX_BATCH = 10;

/**
 * The local stand-in for EventBridge → SQS: each event goes to every queue whose rule
 * matches its type, as the message an EventBridge rule would deliver. An event is
 * published only when every matching queue took it.
 */
export function createLocalBus(sqs: SQSClient, rules: readonly BusRule[]): Publisher {
  return {
    async publish(events) {
      const failures = new Map<string, string>();
      const sends: Promise<void>[] = [];
      for (const rule of rules) {
        const matching = events.filter(
          (event) => rule.eventTypes === '*' || rule.eventTypes.includes(event.type),
        );
        for (let start = 0; start < matching.length; start += MAX_BATCH) {
          const batch = matching.slice(start, start + MAX_BATCH);
          sends.push(
            sqs
              .send(
                new SendMessageBatchCommand({
                  QueueUrl: rule.queueUrl,
                  Entries: batch.map((event, index) => ({
                    Id: String(index),
                    MessageBody: JSON.stringify(toBusMessage(event)),
                  })),
                }),
              )
              .then(
                (answer) => {
                  for (const failed of answer.Failed ?? []) {
                    const event = batch[Number(failed.Id)];
                    if (event !== undefined)
                      failures.set(event.id, `${rule.name}: ${failed.Code ?? 'Failed'}`);
                  }
                },
                (error: unknown) => {
                  for (const event of batch)
                    failures.set(event.id, `${rule.name}: ${(error as Error).message}`);
                },
              ),
          );
        }
      }
      // The batches of one publish go out side by side, as EventBridge fans out to targets.
      await Promise.all(sends);
      return events.map((event: EventEnvelope): PublishResult => {
        const error = failures.get(event.id);
        return error === undefined
          ? { id: event.id, ok: true }
          : { id: event.id, ok: false, error };
      });
    },
  };
}
