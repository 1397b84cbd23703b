import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

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
