import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';

/** A running fauxqs (the SQS API in memory) on 127.0.0.1. */
export interface LocalSqs {
  endpoint: string;
  client: SQSClient;
  stop(): Promise<void>;
}

/** An SQS client for a local endpoint (fauxqs checks no credentials). */
export function localSqsClient(endpoint: string): SQSClient {
  return new SQSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    // Above the pollers' 20-second long poll: a receive that is never answered still ends.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
  });
}

/** Starts fauxqs on 127.0.0.1 (`buildApp`, since its own starter listens on every address). */
export async function startLocalSqs(port = 0): Promise<LocalSqs> {
  // Loaded here, not at the top: the DLQ command's client above must not need fauxqs.
  const { buildApp } = await import('fauxqs');
  const app = buildApp({ logger: false, host: '127.0.0.1' });
  const endpoint = await app.listen({ host: '127.0.0.1', port });
  const client = localSqsClient(endpoint);
  return {
    endpoint,
    client,
    stop: async () => {
      client.destroy();
      await app.close();
    },
  };
}

/** A queue with its dead-letter queue. */
export interface QueuePair {
  queueUrl: string;
  deadLetterUrl: string;
}

/** Options for {@link ensureQueue}. */
export interface QueueOptions {
  /** Receives before a message goes to the dead-letter queue. @default 5 */
  maxReceiveCount?: number;
  /** @default 30 */
  visibilityTimeoutSeconds?: number;
}

/** Creates (or finds) `name` and `name-dlq`, the first redriving to the second after `maxReceiveCount`. */
export async function ensureQueue(
  sqs: SQSClient,
  name: string,
  options: QueueOptions = {},
): Promise<QueuePair> {
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  const deadLetterUrl = dlq.QueueUrl ?? '';
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ['QueueArn'] }),
  );
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: {
        VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 30),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: Attributes?.['QueueArn'],
          maxReceiveCount: options.maxReceiveCount ?? 5,
        }),
      },
    }),
  );
  return { queueUrl: queue.QueueUrl ?? '', deadLetterUrl };
}
