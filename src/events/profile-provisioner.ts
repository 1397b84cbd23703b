import { addMissingProfileFields } from '../db/users.ts';
import type { EventEffect } from './consumer.ts';

/** The profile provisioner's consumer name, the same in the local stack and on Lambda. */
export const PROFILE_PROVISIONER = 'profileProvisioner';

/**
 * The profile provisioner: on `user.registered`, the configured default profile fields are
 * added to the user's profile, where the user does not have them already.
 */
export function profileProvisioner(defaults: Record<string, unknown>): EventEffect {
  return async (trx, event) => {
    if (event.type !== 'user.registered' || Object.keys(defaults).length === 0) return;
    const userId = event.data['userId'];
    if (typeof userId !== 'string') return;
    await addMissingProfileFields(trx, userId, defaults);
  };
}
