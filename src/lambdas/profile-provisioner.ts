import { createConsumer } from '../events/consumer.ts';
import { PROFILE_PROVISIONER, profileSink } from '../events/profile-provisioner.ts';
import { lazyHandler } from './bootstrap.ts';

/**
 * The profile provisioner as a Lambda function on its SQS queue (report batch item
 * failures on, and a redrive policy to its dead-letter queue).
 */
export const handler = lazyHandler(({ config, store, logger }) =>
  createConsumer({
    name: PROFILE_PROVISIONER,
    ledger: store.ledger,
    sink: profileSink(config.profileDefaults, store.users),
    logger: logger.child({ component: PROFILE_PROVISIONER }),
  }),
);
