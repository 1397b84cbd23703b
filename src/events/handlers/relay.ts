import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { UsersyncError } from '../../domain/errors.ts';
import { createEventBridgePublisher } from '../eventbridge-publisher.ts';
import { createRelay, type Relay, type RelayCounts } from '../relay.ts';
import { eventFunctionContext } from './environment.ts';

let relay: Relay | undefined;

/**
 * The relay as a scheduled Lambda function (an EventBridge schedule, e.g. every minute):
 * each invocation publishes what is due to `EVENT_BUS_NAME` and returns the counts.
 */
export async function handler(): Promise<RelayCounts> {
  if (relay === undefined) {
    const { config, database, logger } = eventFunctionContext('relay');
    if (config.events.busName === undefined) {
      throw new UsersyncError(
        'CONFIG_INVALID',
        'Invalid configuration: EVENT_BUS_NAME must be set for the relay.',
      );
    }
    relay = createRelay({
      db: database.db,
      publisher: createEventBridgePublisher({
        client: new EventBridgeClient({ region: config.cognito.region }),
        eventBusName: config.events.busName,
      }),
      logger,
    });
  }
  return relay.drain();
}
