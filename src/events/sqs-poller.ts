import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Logger } from '../logging/logger.ts';
import type { SqsBatchResponse, SqsEvent } from './consumer.ts';

/** Options for {@link runSqsPoller}. */
export interface SqsPollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  handler: (event: SqsEvent) => Promise<SqsBatchResponse>;
  logger: Logger;
  signal: AbortSignal;
  /** Long-poll wait per receive, in seconds. @default 1 */
  waitSeconds?: number;
}

/**
 * Runs an SQS batch handler against a queue as Lambda's event source mapping would: receive
 * up to 10 messages, hand them over as an `SQSEvent`, delete the ones not reported in
 * `batchItemFailures`; the failed ones come back after their visibility timeout.
 */
export async function runSqsPoller(options: SqsPollerOptions): Promise<void> {
  while (!options.signal.aborted) {
    try {
      const answer = await options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: options.queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: options.waitSeconds ?? 1,
        }),
        { abortSignal: options.signal },
      );
      const messages = (answer.Messages ?? []).filter(
        (message) => message.MessageId && message.ReceiptHandle,
      );
      if (messages.length === 0) continue;
      const { batchItemFailures } = await options.handler({
        Records: messages.map((message) => ({
          messageId: message.MessageId ?? '',
          body: message.Body ?? '',
        })),
      });
      const failed = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
      const done = messages.filter((message) => !failed.has(message.MessageId ?? ''));
      if (done.length > 0) {
        await options.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: options.queueUrl,
            Entries: done.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle ?? '',
            })),
          }),
        );
      }
    } catch (error) {
      if (options.signal.aborted) return;
      options.logger.error(
        { err: error, queueUrl: options.queueUrl },
        'SQS poll failed; trying again',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
