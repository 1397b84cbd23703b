import type { CognitoUserFields } from '../../domain/attributes.ts';
import type { User } from '../../domain/user.ts';
import type { LinkOutcome, UserStore } from '../../stores/store.ts';

export type { LinkOutcome } from '../../stores/store.ts';

/**
 * Finds the local user of a Cognito user, or makes one, with its event (see
 * {@link UserStore.linkOrCreate}): the one path by which PostConfirmation,
 * PostAuthentication, the API's guard and `user set` make a user. Safe under concurrency
 * and retries: two calls for one new `sub` yield one user and one event.
 */
export async function linkOrCreateUser(
  store: UserStore,
  fields: CognitoUserFields,
): Promise<{ user: User; outcome: LinkOutcome }> {
  return store.linkOrCreate(fields);
}
