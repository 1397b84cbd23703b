import type { UserStore } from '../stores/store.ts';
import type { EventSink } from './consumer.ts';

/** The profile provisioner's consumer name, the same in the local stack and on Lambda. */
export const PROFILE_PROVISIONER = 'profileProvisioner';

/**
 * The profile provisioner: on `user.registered`, the configured default profile fields are
 * added to the user's profile where the user does not have them already. The write adds
 * only what is missing, so a redelivered event changes nothing.
 */
export function profileSink(defaults: Record<string, unknown>, store: UserStore): EventSink {
  return async (event) => {
    if (event.type !== 'user.registered' || Object.keys(defaults).length === 0) return;
    const userId = event.data['userId'];
    if (typeof userId !== 'string') return;
    await store.addMissingProfileFields(userId, defaults);
  };
}
