import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createEventBridgePublisher } from '../events/eventbridge-publisher.ts';
import { createRelay } from '../events/relay.ts';
import { lazyHandler, required } from './bootstrap.ts';

/**
 * The relay as a scheduled Lambda function (an EventBridge schedule, e.g. every minute):
 * each invocation publishes what is due to `EVENT_BUS_NAME` and returns the counts.
 */
export const handler = lazyHandler(({ config, database, logger }) => {
  const relay = createRelay({
    db: database.db,
    publisher: createEventBridgePublisher({
      client: new EventBridgeClient({ region: config.cognito.region }),
      eventBusName: required(config.events.busName, 'EVENT_BUS_NAME', 'for the relay'),
    }),
    logger: logger.child({ component: 'relay' }),
  });
  return () => relay.drain();
});
