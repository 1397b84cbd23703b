import { normalizeEmail } from '../../domain/email.ts';
import { changedFields, updateEventType, userEvent } from '../../domain/events.ts';
import type { User } from '../../domain/user.ts';
import {
  ITEM_ATTRIBUTES as A,
  afterWrite,
  itemToUser,
  versionOf,
  type ItemsContext,
} from './items.ts';
import { EMAIL_ATTRIBUTE, releasedEmailKey } from './tables.ts';

/** What a copy from Cognito changes on an item (absent: unchanged). */
export interface CognitoCopy {
  email?: string | null;
  emailVerified?: boolean;
  name?: string | null;
  phone?: string | null;
  status?: 'active' | 'disabled' | 'deleted';
}

/**
 * Copies what Cognito says of a user into their item: the changed fields with
 * `user.updated`, or `deleted` with `user.deleted`; nothing when nothing differs;
 * `undefined` when the user has no item. With `atVersion`, only an item still at that
 * version is written: one written since is left, and the answer is `changed`.
 */
export async function applyCognito(
  ctx: ItemsContext,
  sub: string,
  copied: CognitoCopy,
  atVersion?: number,
): Promise<{ user: User; changed: boolean } | 'changed' | undefined> {
  const { names, writeWithEvent, emailGuards, change } = ctx;
  return change<{ user: User; changed: boolean } | 'changed' | undefined>(
    sub,
    async (item) => {
      if (atVersion !== undefined && versionOf(item) !== atVersion) return { done: 'changed' };
      const before = itemToUser(names, item);
      const set: Record<string, unknown> = {};
      const remove: string[] = [];
      const changes: Record<string, unknown> = {};
      const copy = (field: 'email' | 'name' | 'phone', attribute: string) => {
        const value = copied[field];
        if (value === undefined || value === before[field]) return;
        changes[field] = value;
        if (value === null) remove.push(attribute);
        else set[attribute] = value;
      };
      copy('email', A.email);
      if (copied.email !== undefined && copied.email !== before.email) {
        if (copied.email === null) remove.push(EMAIL_ATTRIBUTE);
        else set[EMAIL_ATTRIBUTE] = normalizeEmail(copied.email);
      }
      copy('name', A.name);
      copy('phone', A.phone);
      if (copied.emailVerified !== undefined && copied.emailVerified !== before.emailVerified) {
        changes['emailVerified'] = copied.emailVerified;
        set[A.emailVerified] = copied.emailVerified;
      }
      // A deleted user stays deleted until Cognito has them again (a new sub, a new item).
      const status =
        before.status === 'deleted' && copied.status !== 'deleted' ? undefined : copied.status;
      if (status !== undefined && status !== before.status) {
        changes['status'] = status;
        set[A.status] = status;
      }
      // A deleted user's email is released: the index keeps only its hash, so the address
      // can sign up again and an operator still finds the tombstone by it.
      if (status === 'deleted' && status !== before.status && copied.email === undefined) {
        if (before.email !== null) {
          remove.push(A.email);
          set[EMAIL_ATTRIBUTE] = releasedEmailKey(before.email);
        }
      }
      if (Object.keys(changes).length === 0) return { done: { user: before, changed: false } };
      const after = afterWrite(item, set, remove);
      const user = itemToUser(names, after);
      const event =
        changes['status'] === 'deleted'
          ? userEvent('user.deleted', user)
          : userEvent(
              updateEventType(
                status === undefined ? undefined : { from: before.status, to: status },
              ),
              user,
              changedFields(Object.keys(changes)),
            );
      const written = await writeWithEvent(
        item,
        { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
        event,
        emailGuards(sub, before.email, user.email),
      );
      if (written) return { done: { user, changed: true } };
      // Another writer came first: at a planned version, the plan no longer holds.
      return atVersion === undefined ? 'retry' : { done: 'changed' };
    },
    undefined,
  );
}
