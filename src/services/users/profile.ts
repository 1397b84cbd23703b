import type { CognitoGateway } from '../../cognito/gateway.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { User } from '../../domain/user.ts';
import type { UserStore } from '../../stores/store.ts';
import type { ProfilePatch } from '../../domain/profile.ts';

/** A user's change to their own fields: `undefined` leaves one as it is, `null` clears it. */
export interface ProfileChange {
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** Profile keys to set; a `null` value removes the key. */
  profile?: Record<string, unknown> | undefined;
}

/**
 * Applies a user's change to their own name, phone and profile (`PATCH /me`), atomically:
 * the profile is merged against the row as it is now, so two concurrent edits both land.
 * Cognito holds name and phone too (the reconcile copies them from there): they are written
 * there while the row is locked and before the commit, so if Cognito refuses, the DB change
 * rolls back and both sides stay as they were. A change that changes nothing writes nothing
 * and no event; otherwise `user.updated` names the fields. A merged profile over
 * `maxProfileBytes` is a `VALIDATION_FAILED` on `profile`.
 */
export async function updateOwnProfile(
  deps: { store: UserStore; cognito: { gateway: CognitoGateway; userPoolId: string } },
  user: Pick<User, 'id'> & { username: string },
  change: ProfileChange,
  maxProfileBytes: number,
): Promise<User> {
  const { name, phone, profile } = change;
  const entries = Object.entries(profile ?? {});
  const patch: ProfilePatch = {
    ...(name !== undefined && { name }),
    ...(phone !== undefined && { phone }),
    profileSet: Object.fromEntries(entries.filter(([, value]) => value !== null)),
    profileRemove: entries.filter(([, value]) => value === null).map(([key]) => key),
  };
  const outcome = await deps.store.updateProfile(user.id, patch, {
    maxProfileBytes,
    beforeCommit: async ({ fields }) => {
      const attributes = [
        ...(fields.includes('name') ? [{ Name: 'name', Value: name ?? '' }] : []),
        ...(fields.includes('phone') ? [{ Name: 'phone_number', Value: phone ?? '' }] : []),
      ];
      if (attributes.length > 0) {
        const { gateway, userPoolId } = deps.cognito;
        await gateway.adminUpdateUserAttributes(userPoolId, user.username, attributes);
      }
    },
  });
  if (outcome.kind === 'notFound') throw new UsersyncError('NOT_FOUND');
  if (outcome.kind === 'tooLarge') {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      `profile must be at most ${maxProfileBytes} bytes as JSON`,
      { context: { field: 'profile' } },
    );
  }
  return outcome.user;
}
