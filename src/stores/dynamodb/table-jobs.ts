import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { changedFields, userEvent } from '../../domain/events.ts';
import type { User } from '../../domain/user.ts';
import type { CognitoChange, TableJobs } from '../store.ts';
import { outboxPut } from './outbox.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { EMAIL_ATTRIBUTE, releasedEmailKey } from './tables.ts';
import {
  ITEM_ATTRIBUTES,
  afterWrite,
  decodeCursor,
  encodeCursor,
  itemToUser,
  type ItemsContext,
} from './items.ts';

const A = ITEM_ATTRIBUTES;

/** The jobs a keyed table offers (see {@link TableJobs}), on the store's table. */
export function dynamoTableJobs(ctx: ItemsContext): TableJobs {
  const {
    doc,
    names,
    table,
    key,
    outboxTable,
    read,
    newItemPut,
    guardItems,
    writeWithEvent,
    change,
  } = ctx;
  return {
    async scanSegment(segment, segments, cursor) {
      const page = await doc.send(
        new ScanCommand({
          TableName: table,
          Segment: segment,
          TotalSegments: segments,
          Limit: 100,
          ConsistentRead: true,
          ...(cursor !== null && { ExclusiveStartKey: decodeCursor(key, cursor) }),
        }),
      );
      const last = page.LastEvaluatedKey;
      return {
        users: (page.Items ?? []).map((item) => itemToUser(names, item)),
        next: last === undefined ? null : encodeCursor(last[key]),
      };
    },
    applyCognito: (sub, copied) => applyCognito(ctx, sub, copied),
    async relink(fromSub, fields) {
      const old = await read(fromSub);
      if (old === undefined) return undefined;
      const moved = afterWrite(
        {
          ...old,
          [key]: fields.sub,
          [A.emailVerified]: fields.emailVerified,
          ...(fields.email !== null && {
            [A.email]: fields.email,
            [EMAIL_ATTRIBUTE]: normalizeEmail(fields.email),
          }),
        },
        {},
        [],
      );
      const user = itemToUser(names, moved);
      const version = old[A.version];
      const email = user.email;
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: newItemPut(moved) },
              {
                Delete: {
                  TableName: table,
                  Key: { [key]: fromSub },
                  ...(typeof version === 'number'
                    ? {
                        ConditionExpression: '#version = :read',
                        ExpressionAttributeValues: { ':read': version },
                      }
                    : { ConditionExpression: 'attribute_not_exists(#version)' }),
                  ExpressionAttributeNames: { '#version': A.version },
                },
              },
              {
                Put: outboxPut(
                  outboxTable,
                  userEvent('user.linked', user, { oldSub: fromSub, newSub: fields.sub }),
                ),
              },
              // The email moves with the user: its guard passes from the old sub to the new.
              ...guardItems(
                email === null
                  ? []
                  : [{ claim: email, holder: fields.sub, formerHolders: [fromSub] }],
              ),
            ],
          }),
        );
        return user;
      } catch (error) {
        if (error instanceof TransactionCanceledException) return undefined;
        throw error;
      }
    },
    async fillMissing(userId, fields) {
      return change(
        userId,
        async (item) => {
          const before = itemToUser(names, item);
          const profile = Object.fromEntries(
            Object.entries(fields.profile).filter(
              ([field]) => !Object.hasOwn(before.profile, field),
            ),
          );
          const set: Record<string, unknown> = {};
          if (before.name === null && fields.name !== null) set[A.name] = fields.name;
          if (before.phone === null && fields.phone !== null) set[A.phone] = fields.phone;
          const filled = [
            ...Object.keys(set).map((attribute) => (attribute === A.name ? 'name' : 'phone')),
            ...(Object.keys(profile).length > 0 ? ['profile'] : []),
          ];
          if (filled.length === 0) return { done: [] };
          const hasMap = typeof item[names.profileAttribute] === 'object';
          if (!hasMap && Object.keys(profile).length > 0) set[names.profileAttribute] = profile;
          const after = afterWrite(
            item,
            { ...set, [names.profileAttribute]: { ...profile, ...before.profile } },
            [],
          );
          const written = await writeWithEvent(
            item,
            {
              set: { ...set, [A.updatedAt]: after[A.updatedAt] },
              remove: [],
              ...(hasMap && {
                nested: { attribute: names.profileAttribute, set: profile, remove: [] },
              }),
              onlyIfAbsent: [...Object.keys(set), ...Object.keys(profile)],
            },
            userEvent('user.updated', itemToUser(names, after), changedFields(filled)),
          );
          return written ? { done: filled } : 'retry';
        },
        [],
      );
    },
  };
}

/**
 * Copies what Cognito says of a user into their item (see `TableJobs.applyCognito`): the
 * changed fields with `user.updated`, or `deleted` with `user.deleted`; nothing when
 * nothing differs; `undefined` when the user has no item.
 */
export async function applyCognito(
  ctx: ItemsContext,
  sub: string,
  copied: CognitoChange,
): Promise<{ user: User; changed: boolean } | undefined> {
  const { names, writeWithEvent, emailGuards, change } = ctx;
  return change<{ user: User; changed: boolean } | undefined>(
    sub,
    async (item) => {
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
          : userEvent('user.updated', user, changedFields(Object.keys(changes)));
      const written = await writeWithEvent(
        item,
        { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
        event,
        emailGuards(sub, before.email, user.email),
      );
      return written ? { done: { user, changed: true } } : 'retry';
    },
    undefined,
  );
}
