import { createConsumer, type SqsBatchResponse, type SqsEvent } from '../consumer.ts';
import { PROFILE_PROVISIONER, profileProvisioner } from '../profile-provisioner.ts';
import { eventFunctionContext } from './environment.ts';

let consume: ((event: SqsEvent) => Promise<SqsBatchResponse>) | undefined;

/**
 * The profile provisioner as a Lambda function on its SQS queue (report batch item
 * failures on, and a redrive policy to its dead-letter queue).
 */
export async function handler(event: SqsEvent): Promise<SqsBatchResponse> {
  if (consume === undefined) {
    const { config, database, logger } = eventFunctionContext('profile-provisioner');
    consume = createConsumer({
      name: PROFILE_PROVISIONER,
      db: database.db,
      effect: profileProvisioner(config.profileDefaults),
      logger,
    });
  }
  return consume(event);
}
