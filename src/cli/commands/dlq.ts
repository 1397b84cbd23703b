import { SQSClient } from '@aws-sdk/client-sqs';
import { loadConfig } from '../../config/config.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { listDeadLetters, redriveDeadLetters } from '../../events/dead-letters.ts';
import { readLocalFile } from '../../local/local-file.ts';
import { localSqsClient } from '../../local/local-sqs.ts';
import type { Output } from '../output.ts';
import { CLIENT_TIMEOUTS } from '../../aws/client-options.ts';

/** Options of `usersync dlq list|redrive`. */
export interface DlqOptions {
  /** The source queue's URL; with `dlqUrl`, for queues outside the local stack. */
  queueUrl?: string;
  dlqUrl?: string;
  /** The local stack's consumer whose queues to use. @default profileProvisioner */
  consumer?: string;
  limit?: string;
  json: boolean;
}

async function queues(
  options: DlqOptions,
): Promise<{ sqs: SQSClient; queueUrl: string; dlqUrl: string }> {
  const config = loadConfig();
  if (options.queueUrl !== undefined && options.dlqUrl !== undefined) {
    return {
      sqs: new SQSClient({ region: config.cognito.region, ...CLIENT_TIMEOUTS }),
      queueUrl: options.queueUrl,
      dlqUrl: options.dlqUrl,
    };
  }
  const running = await readLocalFile(config.dataDir);
  const consumer = options.consumer ?? 'profileProvisioner';
  const pair = running?.queues[consumer];
  if (running === undefined || pair === undefined) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      running === undefined
        ? `No queues: pass --queue-url and --dlq-url, or start the local stack (none runs on the data directory ${config.dataDir}; set USERSYNC_DATA_DIR to the one it runs on).`
        : `No consumer ${consumer} in the local stack (known: ${Object.keys(running.queues).join(', ')}).`,
    );
  }
  const sqs = localSqsClient(running.sqsEndpoint);
  return { sqs, queueUrl: pair.queueUrl, dlqUrl: pair.deadLetterUrl };
}

/** `usersync dlq list`: the messages of a dead-letter queue, left in place. */
export async function dlqListCommand(output: Output, options: DlqOptions): Promise<number> {
  const { sqs, dlqUrl } = await queues(options);
  try {
    const letters = await listDeadLetters(sqs, dlqUrl, Number(options.limit ?? 100));
    if (options.json) {
      output.out(JSON.stringify({ count: letters.length, messages: letters }));
    } else if (letters.length === 0) {
      output.out('The dead-letter queue is empty.');
    } else {
      for (const letter of letters) {
        output.out(
          `${letter.messageId}  ${letter.eventType ?? '(not an event)'}  ${letter.eventId ?? ''}  received ${letter.receiveCount}x`,
        );
      }
    }
    return 0;
  } finally {
    sqs.destroy();
  }
}

/** `usersync dlq redrive`: moves the dead letters back to their queue. */
export async function dlqRedriveCommand(output: Output, options: DlqOptions): Promise<number> {
  const { sqs, queueUrl, dlqUrl } = await queues(options);
  try {
    const moved = await redriveDeadLetters(sqs, dlqUrl, queueUrl);
    output.out(
      options.json ? JSON.stringify({ moved }) : `Moved ${moved} message(s) back to the queue.`,
    );
    return 0;
  } finally {
    sqs.destroy();
  }
}
