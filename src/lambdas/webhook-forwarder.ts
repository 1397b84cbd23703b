import { createConsumer } from '../events/consumer.ts';
import { deliveryRecorder, webhookConsumerName, webhookSink } from '../events/webhook-forwarder.ts';
import { readSecretText } from '../aws/secrets.ts';
import { requiredSetting } from '../config/config.ts';
import { lazyHandler } from './bootstrap.ts';

/**
 * The webhook forwarder as a Lambda function on its SQS queue: one function (and queue)
 * per receiver, whose `WEBHOOK_URLS` names that one URL, signing with `WEBHOOK_SECRET` or
 * the secret `WEBHOOK_SECRET_ARN` holds (read once per container).
 */
export const handler = lazyHandler(async ({ config, store, logger }) => {
  const [url, ...others] = config.webhookUrls;
  const only = others.length === 0 ? url : undefined;
  const target = requiredSetting(only, 'WEBHOOK_URLS', 'to exactly one URL here');
  const secret =
    config.webhookSecret ??
    (await readSecretText(
      requiredSetting(config.webhookSecretArn, 'WEBHOOK_SECRET', 'with WEBHOOK_URLS'),
      'WEBHOOK_SECRET_ARN',
    ));
  const common = {
    name: webhookConsumerName(target),
    ignoreStale: true,
    logger: logger.child({ component: 'webhook-forwarder' }),
  };
  // The POST is outside the store: each message is looked up, POSTed, then recorded, with
  // no transaction open across the POST, on either store.
  return createConsumer({
    ...common,
    ledger: store.ledger,
    sink: webhookSink({
      url: target,
      secret,
      onDelivery: deliveryRecorder(store.audit, logger),
    }),
  });
});
