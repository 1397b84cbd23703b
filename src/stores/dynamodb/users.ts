import {
  ConditionalCheckFailedException,
  DescribeTableCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { ScanCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CognitoUserFields } from '../../domain/attributes.ts';
import { normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { changedFields, claimFields, userEvent } from '../../domain/events.ts';
import { isErased, type User } from '../../domain/user.ts';
import type { LinkOutcome, UserStore } from '../store.ts';
import type { ListUsersOptions } from '../../domain/user.ts';
import type { PatchOutcome } from '../../domain/profile.ts';
import { outboxPut } from './outbox.ts';
import { EMAIL_ATTRIBUTE, releasedEmailKey } from './tables.ts';
import {
  ITEM_ATTRIBUTES,
  afterWrite,
  decodeCursor,
  encodeCursor,
  itemToUser,
  emailHeld,
  emailTakenError,
  itemsContext,
  lostRace,
  refused,
  updateExpression,
  type DynamoNames,
  type Item,
  type ItemsContext,
  type NestedProfile,
} from './items.ts';
import { applyCognito } from './cognito-copy.ts';

const A = ITEM_ATTRIBUTES;

/**
 * The DynamoDB store on the team's own table: the user is the item keyed by their `sub`;
 * claims and the profile live in the attributes config names. Each change and its event
 * are one TransactWriteItems: the item's update, guarded by its write counter
 * (`usersyncVersion`) so that a concurrent writer makes it read again and retry, and the
 * event put into the outbox table. Reads are strongly consistent, but by email (the
 * `usersync-email` index, which is eventually consistent).
 */
export function dynamoUserStore(client: DynamoDBClient, names: DynamoNames): UserStore {
  const ctx = itemsContext(client, names);
  const { doc, table, key, read, subsByEmail, writeWithEvent, emailGuards, change } = ctx;
  const store: UserStore = {
    kind: 'dynamodb',
    async ping() {
      try {
        await client.send(new DescribeTableCommand({ TableName: table }));
      } catch (error) {
        throw new UsersyncError('DB_UNAVAILABLE', 'The users table does not answer.', {
          cause: error,
        });
      }
    },
    async userBySub(sub) {
      const item = await read(sub);
      return item && itemToUser(names, item);
    },
    async userByEmail(email) {
      for (const sub of await subsByEmail(email)) {
        const item = await read(sub);
        // The index lags the table: the item must still have this email.
        if (item !== undefined && item[EMAIL_ATTRIBUTE] === normalizeEmail(email)) {
          return itemToUser(names, item);
        }
      }
      return undefined;
    },
    async deletedUserByEmail(email) {
      const released = releasedEmailKey(email);
      let latest: User | undefined;
      for (const sub of await subsByEmail(released)) {
        const item = await read(sub);
        if (item === undefined || item[EMAIL_ATTRIBUTE] !== released) continue;
        const user = itemToUser(names, item);
        // The table keeps no deletion time: the latest write is the deletion.
        if (latest === undefined || user.updatedAt > latest.updatedAt) latest = user;
      }
      return latest;
    },
    async linkOrCreate(fields) {
      return linkOrCreate(ctx, fields);
    },
    async recordLogin(sub) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { [key]: sub },
            UpdateExpression: 'SET #l = :now',
            ConditionExpression: 'attribute_exists(#k)',
            ExpressionAttributeNames: { '#l': A.lastLoginAt, '#k': key },
            ExpressionAttributeValues: { ':now': new Date().toISOString() },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
    async setClaims(userId, claims) {
      return change(
        userId,
        async (item) => {
          const set: Record<string, unknown> = {};
          const remove: string[] = [];
          for (const claim of names.claims) {
            const value = claims[claim.name];
            if (value === undefined) continue;
            if (value === null || (Array.isArray(value) && value.length === 0)) {
              remove.push(claim.attribute);
            } else set[claim.attribute] = value;
          }
          const after = afterWrite(item, set, remove);
          const user = itemToUser(names, after);
          const written = await writeWithEvent(
            item,
            { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
            userEvent('user.updated', user, changedFields(claimFields(claims))),
          );
          return written ? { done: user } : 'retry';
        },
        undefined,
      );
    },
    async updateProfile(userId, patch, { maxProfileBytes, beforeCommit }) {
      return change<PatchOutcome>(
        userId,
        async (item) => {
          const before = itemToUser(names, item);
          const removed = new Set(patch.profileRemove ?? []);
          const profile = Object.fromEntries(
            Object.entries({ ...before.profile, ...(patch.profileSet ?? {}) }).filter(
              ([field]) => !removed.has(field),
            ),
          );
          const bytes = Buffer.byteLength(JSON.stringify(profile));
          if (bytes > maxProfileBytes) return { done: { kind: 'tooLarge', bytes } };
          const name = patch.name === undefined ? before.name : patch.name;
          const phone = patch.phone === undefined ? before.phone : patch.phone;
          const profileChanged = JSON.stringify(profile) !== JSON.stringify(before.profile);
          const fields = [
            ...(name !== before.name ? ['name'] : []),
            ...(phone !== before.phone ? ['phone'] : []),
            ...(profileChanged ? ['profile'] : []),
          ];
          if (fields.length === 0) return { done: { kind: 'unchanged', user: before } };
          const set: Record<string, unknown> = {};
          const remove: string[] = [];
          for (const [attribute, now, was] of [
            [A.name, name, before.name],
            [A.phone, phone, before.phone],
          ] as const) {
            if (now === was) continue;
            if (now === null) remove.push(attribute);
            else set[attribute] = now;
          }
          // The profile is merged key by key in the update itself; an item without the map
          // gets it whole.
          const hasMap = typeof item[names.profileAttribute] === 'object';
          const nested: NestedProfile | undefined =
            profileChanged && hasMap
              ? {
                  attribute: names.profileAttribute,
                  set: patch.profileSet ?? {},
                  remove: patch.profileRemove ?? [],
                }
              : undefined;
          if (profileChanged && !hasMap) set[names.profileAttribute] = profile;
          const after = afterWrite(item, { ...set, [names.profileAttribute]: profile }, remove);
          const user = itemToUser(names, after);
          const outcome = { kind: 'changed' as const, user, before, fields };
          await beforeCommit(outcome);
          const written = await writeWithEvent(
            item,
            {
              set: { ...set, [A.updatedAt]: after[A.updatedAt] },
              remove,
              ...(nested && { nested }),
            },
            userEvent('user.updated', user, changedFields(fields)),
          );
          return written ? { done: outcome } : 'retry';
        },
        { kind: 'notFound' },
      );
    },
    async addMissingProfileFields(userId, defaults) {
      await change(
        userId,
        async (item) => {
          const current = itemToUser(names, item).profile;
          const missing = Object.entries(defaults).filter(([name]) => !(name in current));
          if (missing.length === 0) return { done: undefined };
          const profile = { ...Object.fromEntries(missing), ...current };
          try {
            await doc.send(
              new UpdateCommand({
                TableName: table,
                Key: { [key]: userId },
                ...updateExpression(
                  { set: { [names.profileAttribute]: profile }, remove: [] },
                  item[A.version],
                ),
              }),
            );
            return { done: undefined };
          } catch (error) {
            if (error instanceof ConditionalCheckFailedException) return 'retry';
            throw error;
          }
        },
        undefined,
      );
    },
    async setEmail(userId, email, emailVerified) {
      const copied = await applyCognito(ctx, userId, { email, emailVerified });
      return copied === undefined || copied === 'changed' ? undefined : copied.user;
    },
    async erase(userId) {
      const result = await change<{ user: User; erased: boolean } | undefined>(
        userId,
        async (item) => {
          const before = itemToUser(names, item);
          if (isErased(before)) return { done: { user: before, erased: false } };
          const set = { [A.status]: 'deleted' };
          const remove = [A.email, EMAIL_ATTRIBUTE, A.name, A.phone, names.profileAttribute];
          const after = afterWrite(item, set, remove);
          const user = itemToUser(names, after);
          const written = await writeWithEvent(
            item,
            { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
            userEvent('user.erased', user),
            emailGuards(userId, before.email, null),
          );
          return written ? { done: { user, erased: true } } : 'retry';
        },
        undefined,
      );
      if (result === undefined) return undefined;
      const eventsScrubbed = result.erased ? await scrubEvents(ctx, userId) : 0;
      return { ...result, eventsScrubbed };
    },
    async markDeleted(userId) {
      const marked = await applyCognito(ctx, userId, { status: 'deleted' });
      return marked === undefined || marked === 'changed' ? undefined : marked.user;
    },
    legacyCredentials: () =>
      // Every item is keyed by a sub: the table has no user waiting to move to Cognito.
      Promise.resolve(undefined),
    listUsers: (options) => listUsers(ctx, options),
  };
  return store;
}

/**
 * Takes the user's personal data out of their events in the outbox table (read by a
 * filtered Scan: an erasure is rare): each one's email becomes null and its `changes` go.
 */
export async function scrubEvents(ctx: ItemsContext, userId: string): Promise<number> {
  const { doc, outboxTable } = ctx;
  let scrubbed = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: outboxTable,
        FilterExpression: '#aggregate = :id AND attribute_exists(#payload)',
        ExpressionAttributeNames: { '#aggregate': 'aggregateId', '#payload': 'payload' },
        ExpressionAttributeValues: { ':id': userId },
        ConsistentRead: true,
        ...(start !== undefined && { ExclusiveStartKey: start }),
      }),
    );
    for (const event of page.Items ?? []) {
      const payload = JSON.parse(String(event['payload'])) as {
        type: string;
        data: Record<string, unknown>;
      };
      if (payload.type === 'user.erased') continue;
      const data = Object.fromEntries(
        Object.entries(payload.data).filter(([field]) => field !== 'changes'),
      );
      await doc.send(
        new UpdateCommand({
          TableName: outboxTable,
          Key: { id: String(event['id']) },
          UpdateExpression: 'SET #payload = :payload',
          ExpressionAttributeNames: { '#payload': 'payload' },
          ExpressionAttributeValues: {
            ':payload': JSON.stringify({ ...payload, data: { ...data, email: null } }),
          },
        }),
      );
      scrubbed += 1;
    }
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return scrubbed;
}

/**
 * The user with `fields.sub`, or a new item for them (`status`, `active` unless said) with
 * `user.registered`; see {@link UserStore.linkOrCreate}.
 */
export async function linkOrCreate(
  ctx: ItemsContext,
  fields: CognitoUserFields,
  status: 'active' | 'disabled' = 'active',
): Promise<{ user: User; outcome: LinkOutcome }> {
  const { doc, names, key, outboxTable, read, subsByEmail, newItemPut, guardItems } = ctx;
  const existing = await read(fields.sub);
  if (existing !== undefined) return { user: itemToUser(names, existing), outcome: 'existing' };
  if (fields.email !== null) {
    const others = (await subsByEmail(fields.email)).filter((sub) => sub !== fields.sub);
    if (others.length > 0) throw emailTakenError(fields.email);
  }
  const now = new Date().toISOString();
  const item: Item = {
    [key]: fields.sub,
    ...(fields.email !== null && {
      [A.email]: fields.email,
      // The index compares normalised emails: one address in any case is one user.
      [EMAIL_ATTRIBUTE]: normalizeEmail(fields.email),
    }),
    [A.emailVerified]: fields.emailVerified,
    ...(fields.name !== null && { [A.name]: fields.name }),
    ...(fields.phone !== null && { [A.phone]: fields.phone }),
    [A.status]: status,
    [A.createdAt]: now,
    [A.updatedAt]: now,
    [A.version]: 1,
  };
  const user = itemToUser(names, item);
  try {
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: newItemPut(item) },
          { Put: outboxPut(outboxTable, userEvent('user.registered', user)) },
          ...guardItems(fields.email === null ? [] : [{ claim: fields.email, holder: fields.sub }]),
        ],
      }),
    );
    return { user, outcome: 'created' };
  } catch (error) {
    if (!lostRace(error)) {
      if (fields.email !== null && emailHeld(error, 2)) throw emailTakenError(fields.email);
      throw refused(error);
    }
    // A concurrent call (a Cognito retry) created it first: its item is the answer.
    const winner = await read(fields.sub);
    if (winner === undefined) throw error;
    return { user: itemToUser(names, winner), outcome: 'existing' };
  }
}

/**
 * The Scan filter of a listing: an email prefix, a claim's value (its attribute equal to it,
 * or, for a list claim, holding it), both, or none. A claim the set does not define is
 * `VALIDATION_FAILED`.
 */
function listFilter(
  claims: ClaimSet,
  prefix: string | undefined,
  claim: ListUsersOptions['claim'],
) {
  const parts: string[] = [];
  const attributeNames: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (prefix !== undefined) {
    parts.push('begins_with(#e, :p)');
    attributeNames['#e'] = EMAIL_ATTRIBUTE;
    values[':p'] = prefix;
  }
  if (claim !== undefined) {
    const definition = claims.find((candidate) => candidate.name === claim.name);
    if (definition === undefined) {
      throw new UsersyncError(
        'VALIDATION_FAILED',
        `The claim set defines no claim "${claim.name}".`,
      );
    }
    attributeNames['#c'] = definition.attribute;
    if (Array.isArray(claim.value)) {
      parts.push('contains(#c, :c)');
      values[':c'] = claim.value[0];
    } else {
      parts.push('#c = :c');
      values[':c'] = claim.value;
    }
  }
  return parts.length === 0
    ? {}
    : {
        FilterExpression: parts.join(' AND '),
        ExpressionAttributeNames: attributeNames,
        ExpressionAttributeValues: values,
      };
}

export async function listUsers(ctx: ItemsContext, options: ListUsersOptions = {}) {
  const { doc, names, table, key } = ctx;
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const prefix =
    options.emailPrefix === undefined ? undefined : normalizeEmail(options.emailPrefix);
  const items: User[] = [];
  let start = options.cursor === undefined ? undefined : decodeCursor(key, options.cursor);
  let last: Item | undefined;
  const filter = listFilter(names.claims, prefix, options.claim);
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: table,
        Limit: limit - items.length,
        ConsistentRead: true,
        ...(start !== undefined && { ExclusiveStartKey: start }),
        ...filter,
      }),
    );
    items.push(...(page.Items ?? []).map((item) => itemToUser(names, item)));
    last = page.LastEvaluatedKey;
    start = last;
  } while (items.length < limit && last !== undefined);
  return {
    items,
    nextCursor: last === undefined ? null : encodeCursor(last[key]),
  };
}
