import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { UsersyncError } from '../domain/errors.ts';

/** A message in a dead-letter queue, as `usersync dlq list` shows it. */
export interface DeadLetter {
  messageId: string;
  receiveCount: number;
  /** The event's type and id when the body is a bus message, else `undefined`. */
  eventType: string | undefined;
  eventId: string | undefined;
  body: string;
}

function describeBody(body: string): Pick<DeadLetter, 'eventType' | 'eventId'> {
  try {
    const detail = (JSON.parse(body) as { detail?: { type?: unknown; id?: unknown } }).detail;
    return {
      eventType: typeof detail?.type === 'string' ? detail.type : undefined,
      eventId: typeof detail?.id === 'string' ? detail.id : undefined,
    };
  } catch {
    return { eventType: undefined, eventId: undefined };
  }
}

/**
 * Up to `limit` messages of a dead-letter queue, left in place: they are received with a
 * visibility timeout of 0, so they stay visible to the next reader.
 */
export async function listDeadLetters(
  sqs: SQSClient,
  deadLetterUrl: string,
  limit = 100,
): Promise<DeadLetter[]> {
  const seen = new Map<string, DeadLetter>();
  for (let round = 0; round < Math.ceil(limit / 10) + 2 && seen.size < limit; round++) {
    const answer = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deadLetterUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 0,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    const messages = answer.Messages ?? [];
    if (messages.length === 0) break;
    for (const message of messages) {
      const id = message.MessageId ?? '';
      if (seen.has(id)) continue;
      seen.set(id, {
        messageId: id,
        receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
        ...describeBody(message.Body ?? ''),
        body: message.Body ?? '',
      });
    }
  }
  return [...seen.values()].slice(0, limit);
}

/**
 * Moves every message of a dead-letter queue back to its source queue (send, then delete),
 * to be consumed again. Returns how many moved.
 */
export async function redriveDeadLetters(
  sqs: SQSClient,
  deadLetterUrl: string,
  queueUrl: string,
): Promise<number> {
  let moved = 0;
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deadLetterUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        WaitTimeSeconds: 0,
      }),
    );
    if (Messages.length === 0) return moved;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((message, index) => ({
          Id: String(index),
          MessageBody: message.Body ?? '',
        })),
      }),
    );
    const delivered = new Set((sent.Successful ?? []).map((entry) => Number(entry.Id)));
    const done = Messages.filter((_, index) => delivered.has(index));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: deadLetterUrl,
          Entries: done.map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle ?? '',
          })),
        }),
      );
    }
    moved += done.length;
    if (done.length < Messages.length) return moved;
  }
}

/** Each consumer's queue and dead-letter queue, by consumer name. */
export type ConsumerQueues = Record<string, { queueUrl: string; deadLetterUrl: string }>;

/** A consumer's dead-letter queue as the console shows it. */
export interface DeadLetterQueue {
  consumer: string;
  /** Messages in it, as SQS approximates them. */
  messages: number;
}

/** The consumers' dead-letter queues, read and redriven by the admin API. */
export interface DeadLetterBoard {
  /** Each consumer's dead-letter queue and its depth. */
  queues(): Promise<DeadLetterQueue[]>;
  /** Up to `limit` dead letters of the consumer, left in place; `NOT_FOUND` for no such consumer. */
  list(consumer: string, limit: number): Promise<DeadLetter[]>;
  /** Moves the consumer's dead letters back to its queue; returns how many moved. */
  redrive(consumer: string): Promise<number>;
}

/** The {@link DeadLetterBoard} of these queues, over an SQS client. */
export function sqsDeadLetterBoard(sqs: SQSClient, queues: ConsumerQueues): DeadLetterBoard {
  const pair = (consumer: string) => {
    const found = Object.hasOwn(queues, consumer) ? queues[consumer] : undefined;
    if (found === undefined) {
      throw new UsersyncError('NOT_FOUND', `No consumer ${consumer} has a dead-letter queue here.`);
    }
    return found;
  };
  return {
    queues: () =>
      Promise.all(
        Object.entries(queues).map(async ([consumer, { deadLetterUrl }]) => {
          const { Attributes } = await sqs.send(
            new GetQueueAttributesCommand({
              QueueUrl: deadLetterUrl,
              AttributeNames: ['ApproximateNumberOfMessages'],
            }),
          );
          return { consumer, messages: Number(Attributes?.ApproximateNumberOfMessages ?? 0) };
        }),
      ),
    list: (consumer, limit) => listDeadLetters(sqs, pair(consumer).deadLetterUrl, limit),
    redrive: (consumer) => {
      const { queueUrl, deadLetterUrl } = pair(consumer);
      return redriveDeadLetters(sqs, deadLetterUrl, queueUrl);
    },
  };
}
