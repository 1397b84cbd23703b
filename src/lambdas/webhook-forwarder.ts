import { createConsumer } from '../events/consumer.ts';
import { webhookConsumerName, webhookForwarder } from '../events/webhook-forwarder.ts';
import { lazyHandler, required } from './bootstrap.ts';

/**
 * The webhook forwarder as a Lambda function on its SQS queue: one function (and queue)
 * per receiver, whose `WEBHOOK_URLS` names that one URL.
 */
export const handler = lazyHandler(({ config, database, logger }) => {
  const [url, ...others] = config.webhookUrls;
  const only = others.length === 0 ? url : undefined;
  const target = required(only, 'WEBHOOK_URLS', 'to exactly one URL here');
  return createConsumer({
    name: webhookConsumerName(target),
    db: database.db,
    effect: webhookForwarder({
      url: target,
      secret: required(config.webhookSecret, 'WEBHOOK_SECRET', 'with WEBHOOK_URLS'),
    }),
    ignoreStale: true,
    logger: logger.child({ component: 'webhook-forwarder' }),
  });
});
