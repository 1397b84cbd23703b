import { postgresUserStore } from '../stores/postgres/users.ts';
import type { UserStore } from '../stores/store.ts';
import type { EventEffect } from './consumer.ts';

/** The profile provisioner's consumer name, the same in the local stack and on Lambda. */
export const PROFILE_PROVISIONER = 'profileProvisioner';

/**
 * The profile provisioner: on `user.registered`, the configured default profile fields are
 * added to the user's profile, where the user does not have them already. On PostgreSQL it
 * writes in the consumer's own transaction (with its record of the event); on another store
 * (`store`) the write is idempotent, so a redelivery changes nothing.
 */
export function profileProvisioner(
  defaults: Record<string, unknown>,
  store?: UserStore,
): EventEffect {
  return async (trx, event) => {
    if (event.type !== 'user.registered' || Object.keys(defaults).length === 0) return;
    const userId = event.data['userId'];
    if (typeof userId !== 'string') return;
    await (store ?? postgresUserStore(trx)).addMissingProfileFields(userId, defaults);
  };
}
