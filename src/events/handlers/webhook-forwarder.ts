import { UsersyncError } from '../../domain/errors.ts';
import { createConsumer, type SqsBatchResponse, type SqsEvent } from '../consumer.ts';
import { webhookConsumerName, webhookForwarder } from '../webhook-forwarder.ts';
import { eventFunctionContext } from './environment.ts';

let consume: ((event: SqsEvent) => Promise<SqsBatchResponse>) | undefined;

/**
 * The webhook forwarder as a Lambda function on its SQS queue: one function (and queue)
 * per receiver, whose `WEBHOOK_URLS` names that one URL.
 */
export async function handler(event: SqsEvent): Promise<SqsBatchResponse> {
  if (consume === undefined) {
    const { config, database, logger } = eventFunctionContext('webhook-forwarder');
    const [url] = config.webhookUrls;
    if (url === undefined || config.webhookUrls.length !== 1) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        'Invalid configuration: WEBHOOK_URLS must name exactly one URL here.',
      );
    }
    consume = createConsumer({
      name: webhookConsumerName(url),
      db: database.db,
      effect: webhookForwarder({ url, secret: config.webhookSecret ?? '' }),
      ignoreStale: true,
      logger,
    });
  }
  return consume(event);
}
