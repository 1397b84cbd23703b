import { createConsumer, createLedgerConsumer } from '../events/consumer.ts';
import {
  PROFILE_PROVISIONER,
  profileProvisioner,
  profileSink,
} from '../events/profile-provisioner.ts';
import { postgresOnly } from '../stores/configured.ts';
import { lazyHandler } from './bootstrap.ts';

/**
 * The profile provisioner as a Lambda function on its SQS queue (report batch item
 * failures on, and a redrive policy to its dead-letter queue).
 */
export const handler = lazyHandler(({ config, store, logger }) =>
  store.ledger === undefined
    ? createConsumer({
        name: PROFILE_PROVISIONER,
        db: postgresOnly(store, 'the profile provisioner').db,
        effect: profileProvisioner(config.profileDefaults),
        logger: logger.child({ component: PROFILE_PROVISIONER }),
      })
    : createLedgerConsumer({
        name: PROFILE_PROVISIONER,
        ledger: store.ledger,
        sink: profileSink(config.profileDefaults, store.users),
        logger: logger.child({ component: PROFILE_PROVISIONER }),
      }),
);
