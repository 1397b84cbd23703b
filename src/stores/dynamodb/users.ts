import {
  ConditionalCheckFailedException,
  DescribeTableCommand,
  TransactionCanceledException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../config/config.ts';
import type { CognitoUserFields } from '../../domain/attributes.ts';
import { maskEmail, normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { userEvent, type EventEnvelope } from '../../domain/events.ts';
import { isErased, USER_STATUSES, type User, type UserStatus } from '../../domain/user.ts';
import type {
  LinkOutcome,
  ListUsersOptions,
  PatchOutcome,
  CognitoChange,
  TableJobs,
  UserStore,
} from '../store.ts';
import { outboxPut } from './outbox.ts';
import { EMAIL_ATTRIBUTE, EMAIL_INDEX, outboxTableName } from './tables.ts';

/** The DynamoDB store's names: the team's table and attributes, from config. */
export type DynamoNames = Pick<
  Config['dynamodb'],
  'keyAttribute' | 'claimAttributes' | 'profileAttribute'
> & { usersTable: string };

/**
 * The attributes usersync itself keeps on a user's item, besides the team's key, claim and
 * profile attributes (an item without them reads as an active user with no email).
 */
export const ITEM_ATTRIBUTES = {
  email: 'email',
  emailVerified: 'emailVerified',
  name: 'name',
  phone: 'phone',
  roles: 'roles',
  status: 'status',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastLoginAt: 'lastLoginAt',
  version: 'usersyncVersion',
} as const;

const A = ITEM_ATTRIBUTES;

/**
 * How often a write that lost a race to another writer of the same item is tried (each
 * after a short random pause, so that racing writers spread out).
 */
const WRITE_ATTEMPTS = 10;

type Item = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/**
 * Reads a user's item, whatever wrote it: the claims from the team's attributes (a number
 * reads as its text), the profile from its map, usersync's own attributes where present.
 */
export function itemToUser(names: DynamoNames, item: Item): User {
  const claims = names.claimAttributes;
  const status = item[A.status];
  const profile = item[names.profileAttribute];
  const sub = String(item[names.keyAttribute]);
  const roles = item[A.roles];
  return {
    id: sub,
    sub,
    email: text(item[A.email]),
    emailVerified: item[A.emailVerified] === true,
    name: text(item[A.name]),
    phone: text(item[A.phone]),
    developerId: text(item[claims.developerId]),
    userType: text(item[claims.userType]),
    companyName: text(item[claims.companyName]),
    roles: Array.isArray(roles) ? roles.map(String) : [],
    profile:
      profile !== null && typeof profile === 'object' && !Array.isArray(profile)
        ? (profile as Record<string, unknown>)
        : {},
    status: USER_STATUSES.includes(status as UserStatus) ? (status as UserStatus) : 'active',
    createdAt: date(item[A.createdAt]) ?? new Date(0),
    updatedAt: date(item[A.updatedAt]) ?? new Date(0),
    lastLoginAt: date(item[A.lastLoginAt]),
    deletedAt: null,
    version: versionOf(item),
  };
}

function versionOf(item: Item): number {
  const version = item[A.version];
  return typeof version === 'number' ? version : 0;
}

/**
 * DynamoDB's refusal of a value (too deep, too large, a key it will not take) as
 * `DATA_REFUSED`, as PostgreSQL's are: the user's data, not an outage. Anything else passes.
 */
function refused(error: unknown): unknown {
  const validation =
    (error instanceof Error && error.name === 'ValidationException') ||
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ValidationError'));
  if (!validation) return error;
  return new UsersyncError('DATA_REFUSED', 'DynamoDB refused the item.', { cause: error });
}

/** True when a TransactWriteItems was cancelled because the item at `index` failed its condition. */
function lostRace(error: unknown, index = 0): boolean {
  return (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed'
  );
}

/**
 * The DynamoDB store on the team's own table: the user is the item keyed by their `sub`;
 * claims and the profile live in the attributes config names. Each change and its event
 * are one TransactWriteItems: the item's update, guarded by its write counter
 * (`usersyncVersion`) so that a concurrent writer makes it read again and retry, and the
 * event put into the outbox table. Reads are strongly consistent, but by email (the
 * `usersync-email` index, which is eventually consistent).
 */
export function dynamoUserStore(
  client: DynamoDBClient,
  names: DynamoNames,
): UserStore & { table: TableJobs } {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  const { usersTable: table, keyAttribute: key } = names;
  const outboxTable = outboxTableName(table);

  const read = async (sub: string): Promise<Item | undefined> =>
    (
      await doc.send(
        new GetCommand({ TableName: table, Key: { [key]: sub }, ConsistentRead: true }),
      )
    ).Item;

  const subsByEmail = async (email: string): Promise<string[]> => {
    const { Items = [] } = await doc.send(
      new QueryCommand({
        TableName: table,
        IndexName: EMAIL_INDEX,
        KeyConditionExpression: '#e = :e',
        ExpressionAttributeNames: { '#e': EMAIL_ATTRIBUTE },
        ExpressionAttributeValues: { ':e': normalizeEmail(email) },
      }),
    );
    return Items.map((item) => String(item[key] as string));
  };

  /** A put of a user's item that only a new key takes (never overwriting a user). */
  const newItemPut = (item: Item) => ({
    TableName: table,
    Item: item,
    ConditionExpression: 'attribute_not_exists(#k)',
    ExpressionAttributeNames: { '#k': key },
  });

  /** The item's update and its event, in one transaction; false when another writer came first. */
  const writeWithEvent = async (
    before: Item,
    update: Parameters<typeof updateExpression>[0],
    event: EventEnvelope,
  ): Promise<boolean> => {
    const expression = updateExpression(update, before[A.version]);
    try {
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: { [key]: before[key] },
                ...expression,
              },
            },
            { Put: outboxPut(outboxTable, event) },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw refused(error);
    }
  };

  /** Reads, changes and writes one item until no other writer intervenes. */
  const change = async <T>(
    sub: string,
    attempt: (item: Item) => Promise<{ done: T } | 'retry'>,
    missing: T,
  ): Promise<T> => {
    for (let tries = 0; tries < WRITE_ATTEMPTS; tries += 1) {
      const item = await read(sub);
      if (item === undefined) return missing;
      const outcome = await attempt(item);
      if (outcome !== 'retry') return outcome.done;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (tries + 1)));
    }
    throw new UsersyncError('CONFLICT', 'The user kept changing while this change was written.');
  };

  const store: UserStore & { table: TableJobs } = {
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
    async linkOrCreate(fields) {
      return linkOrCreate(fields);
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
          const attributeOf = names.claimAttributes;
          for (const claim of ['developerId', 'userType', 'companyName'] as const) {
            const value = claims[claim];
            if (value === undefined) continue;
            if (value === null) remove.push(attributeOf[claim]);
            else set[attributeOf[claim]] = value;
          }
          if (claims.roles !== undefined) set[A.roles] = claims.roles;
          const after = afterWrite(item, set, remove);
          const user = itemToUser(names, after);
          const written = await writeWithEvent(
            item,
            { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
            userEvent('user.updated', user, { claims }),
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
            userEvent('user.updated', user, { fields }),
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
      return (await applyCognito(userId, { email, emailVerified }))?.user;
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
          );
          return written ? { done: { user, erased: true } } : 'retry';
        },
        undefined,
      );
      if (result === undefined) return undefined;
      const eventsScrubbed = result.erased ? await scrubEvents(userId) : 0;
      return { ...result, eventsScrubbed };
    },
    async markDeleted(userId) {
      return (await applyCognito(userId, { status: 'deleted' }))?.user;
    },
    legacyCredentials: () =>
      // Every item is keyed by a sub: the table has no user waiting to move to Cognito.
      Promise.resolve(undefined),
    listUsers: (options) => listUsers(options),
    table: {
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
      applyCognito: (sub, copied) => applyCognito(sub, copied),
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
              [EMAIL_ATTRIBUTE]: fields.email,
            }),
          },
          {},
          [],
        );
        const user = itemToUser(names, moved);
        const version = old[A.version];
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
              userEvent('user.updated', itemToUser(names, after), { fields: filled }),
            );
            return written ? { done: filled } : 'retry';
          },
          [],
        );
      },
    },
  };

  async function applyCognito(
    sub: string,
    copied: CognitoChange,
  ): Promise<{ user: User; changed: boolean } | undefined> {
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
          else set[EMAIL_ATTRIBUTE] = copied.email;
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
        if (Object.keys(changes).length === 0) return { done: { user: before, changed: false } };
        const after = afterWrite(item, set, remove);
        const user = itemToUser(names, after);
        const event =
          changes['status'] === 'deleted'
            ? userEvent('user.deleted', user)
            : userEvent('user.updated', user, changes);
        const written = await writeWithEvent(
          item,
          { set: { ...set, [A.updatedAt]: after[A.updatedAt] }, remove },
          event,
        );
        return written ? { done: { user, changed: true } } : 'retry';
      },
      undefined,
    );
  }

  /**
   * Takes the user's personal data out of their events in the outbox table (read by a
   * filtered Scan: an erasure is rare): each one's email becomes null and its `changes` go.
   */
  async function scrubEvents(userId: string): Promise<number> {
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

  async function linkOrCreate(
    fields: CognitoUserFields,
  ): Promise<{ user: User; outcome: LinkOutcome }> {
    const existing = await read(fields.sub);
    if (existing !== undefined) return { user: itemToUser(names, existing), outcome: 'existing' };
    if (fields.email !== null) {
      const others = (await subsByEmail(fields.email)).filter((sub) => sub !== fields.sub);
      if (others.length > 0) {
        throw new UsersyncError(
          'CONFLICT',
          'This email belongs to a user linked to another Cognito account.',
          { context: { email: maskEmail(fields.email) } },
        );
      }
    }
    const now = new Date().toISOString();
    const item: Item = {
      [key]: fields.sub,
      ...(fields.email !== null && { [A.email]: fields.email, [EMAIL_ATTRIBUTE]: fields.email }),
      [A.emailVerified]: fields.emailVerified,
      ...(fields.name !== null && { [A.name]: fields.name }),
      ...(fields.phone !== null && { [A.phone]: fields.phone }),
      ...claimItem(names, fields.claims),
      [A.roles]: [],
      [A.status]: 'active',
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
          ],
        }),
      );
      return { user, outcome: 'created' };
    } catch (error) {
      if (!lostRace(error)) throw refused(error);
      // A concurrent call (a Cognito retry) created it first: its item is the answer.
      const winner = await read(fields.sub);
      if (winner === undefined) throw error;
      return { user: itemToUser(names, winner), outcome: 'existing' };
    }
  }

  async function listUsers(options: ListUsersOptions = {}) {
    const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
    const prefix =
      options.emailPrefix === undefined ? undefined : normalizeEmail(options.emailPrefix);
    const items: User[] = [];
    let start = options.cursor === undefined ? undefined : decodeCursor(key, options.cursor);
    let last: Item | undefined;
    do {
      const page = await doc.send(
        new ScanCommand({
          TableName: table,
          Limit: limit - items.length,
          ConsistentRead: true,
          ...(start !== undefined && { ExclusiveStartKey: start }),
          ...(prefix !== undefined && {
            FilterExpression: 'begins_with(#e, :p)',
            ExpressionAttributeNames: { '#e': EMAIL_ATTRIBUTE },
            ExpressionAttributeValues: { ':p': prefix },
          }),
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

  return store;
}

function claimItem(names: DynamoNames, claims: CognitoUserFields['claims']): Item {
  const attributeOf = names.claimAttributes;
  return Object.fromEntries(
    (['developerId', 'userType', 'companyName'] as const)
      .filter((claim) => claims[claim] !== null)
      .map((claim) => [attributeOf[claim], claims[claim]]),
  );
}

/** The item as a write of `set` and `remove` leaves it (what its event reports). */
function afterWrite(item: Item, set: Record<string, unknown>, remove: string[]): Item {
  const removed = new Set(remove);
  const after: Item = Object.fromEntries(
    Object.entries({ ...item, ...set }).filter(([name]) => !removed.has(name)),
  );
  after[A.updatedAt] = new Date().toISOString();
  after[A.version] = versionOf(item) + 1;
  return after;
}

/** Profile keys set and removed inside the existing map attribute. */
interface NestedProfile {
  attribute: string;
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * One UpdateExpression: `SET` and `REMOVE` of top-level attributes and of keys inside the
 * profile map, the write counter incremented, on the condition that the counter is still
 * what was read (no other writer came between).
 */
function updateExpression(
  update: {
    set: Record<string, unknown>;
    remove: string[];
    nested?: NestedProfile;
    /** Attributes (and profile keys) the write sets only where they are absent. */
    onlyIfAbsent?: string[];
  },
  version: unknown,
): {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  const attributeNames: Record<string, string> = { '#version': A.version };
  const values: Record<string, unknown> = { ':one': 1 };
  const sets: string[] = [];
  const removes: string[] = [];
  const absent: string[] = [];
  const guarded = new Set(update.onlyIfAbsent ?? []);
  let n = 0;
  const nameOf = (name: string) => {
    n += 1;
    attributeNames[`#a${n}`] = name;
    return `#a${n}`;
  };
  for (const [name, value] of Object.entries(update.set)) {
    const placeholder = nameOf(name);
    values[`:v${n}`] = value;
    sets.push(`${placeholder} = :v${n}`);
    if (guarded.has(name)) absent.push(`attribute_not_exists(${placeholder})`);
  }
  for (const name of update.remove) removes.push(nameOf(name));
  if (update.nested !== undefined) {
    const map = nameOf(update.nested.attribute);
    for (const [name, value] of Object.entries(update.nested.set)) {
      const placeholder = nameOf(name);
      values[`:v${n}`] = value;
      sets.push(`${map}.${placeholder} = :v${n}`);
      if (guarded.has(name)) absent.push(`attribute_not_exists(${map}.${placeholder})`);
    }
    for (const name of update.nested.remove) removes.push(`${map}.${nameOf(name)}`);
  }
  const read = typeof version === 'number' ? version : undefined;
  sets.push(read === undefined ? '#version = :one' : '#version = #version + :one');
  if (read !== undefined) values[':read'] = read;
  return {
    UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: [
      read === undefined ? 'attribute_not_exists(#version)' : '#version = :read',
      ...absent,
    ].join(' AND '),
    ExpressionAttributeNames: attributeNames,
    ExpressionAttributeValues: values,
  };
}

function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(key: string, cursor: string): Item {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 128) {
    throw new UsersyncError('VALIDATION_FAILED', 'The cursor is not valid.', {
      context: { field: 'cursor' },
    });
  }
  return { [key]: value };
}
