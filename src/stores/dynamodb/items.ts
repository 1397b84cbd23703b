import { TransactionCanceledException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../config/config.ts';
import {
  claimFromText,
  isClaimType,
  withValues,
  type ClaimSet,
  type ClaimValues,
  type Claims,
} from '../../domain/claims.ts';
import { normalizeEmail, releasedEmailHash } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { maskEmail } from '../../domain/email.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import { USER_STATUSES, type User, type UserStatus } from '../../domain/user.ts';
import { outboxPut } from './outbox.ts';
import { EMAIL_ATTRIBUTE, EMAIL_INDEX, outboxTableName } from './tables.ts';

/** The DynamoDB store's names: the team's table and attributes, from config. */
export type DynamoNames = Pick<Config['dynamodb'], 'keyAttribute' | 'profileAttribute'> & {
  usersTable: string;
  /** The claim set: each claim's item attribute (`ClaimDefinition.attribute`). */
  claims: ClaimSet;
  /**
   * How long a change of one item may be retried against other writers before it is
   * `CONFLICT` (dynalite, much slower than DynamoDB, needs longer). @default WRITE_BUDGET_MS
   */
  writeBudgetMs?: number;
};

/**
 * The attributes usersync itself keeps on a user's item, besides the team's key, claim and
 * profile attributes (an item without them reads as an active user with no email).
 */
export const ITEM_ATTRIBUTES = {
  email: 'email',
  emailVerified: 'emailVerified',
  name: 'name',
  phone: 'phone',
  status: 'status',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastLoginAt: 'lastLoginAt',
  version: 'usersyncVersion',
} as const;

export const A = ITEM_ATTRIBUTES;

/**
 * How long a write that keeps losing races to other writers of the same item is tried
 * again: each retry follows a random pause (full jitter, growing from 5 ms to at most
 * 100 ms) so that racing writers spread out. Thirty parallel merges of one user's profile
 * all land within it; a change still overtaken after it is `CONFLICT`.
 */
export const WRITE_BUDGET_MS = 8_000;

export type Item = Record<string, unknown>;

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
  const status = item[A.status];
  const profile = item[names.profileAttribute];
  const sub = String(item[names.keyAttribute]);
  return {
    id: sub,
    sub,
    email: text(item[A.email]),
    emailVerified: item[A.emailVerified] === true,
    name: text(item[A.name]),
    phone: text(item[A.phone]),
    claims: claimsOfItem(names.claims, item),
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

/**
 * The claims an item holds, by the set's attributes: a value of its claim's type, or read
 * across text (a number the team wrote as text, or a text claim the team keeps as a
 * number); anything else is no value.
 */
function claimsOfItem(claims: ClaimSet, item: Item): ClaimValues {
  const values: Claims = {};
  for (const claim of claims) {
    const held: unknown = item[claim.attribute];
    const value =
      typeof held === 'string' && claim.type !== 'string'
        ? claimFromText(claim, held)
        : claim.type === 'string' && (typeof held === 'number' || typeof held === 'boolean')
          ? String(held)
          : held;
    if (isClaimType(claim, value)) values[claim.name] = value;
  }
  return withValues(values);
}

export function versionOf(item: Item): number {
  const version = item[A.version];
  return typeof version === 'number' ? version : 0;
}

/**
 * DynamoDB's refusal of a value (too deep, too large, a key it will not take) as
 * `DATA_REFUSED`, as PostgreSQL's are: the user's data, not an outage. Anything else passes.
 */
export function refused(error: unknown): unknown {
  const validation =
    (error instanceof Error && error.name === 'ValidationException') ||
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ValidationError'));
  if (!validation) return error;
  return new UsersyncError('DATA_REFUSED', 'DynamoDB refused the item.', { cause: error });
}

/** True when a TransactWriteItems was cancelled because the item at `index` failed its condition. */
export function lostRace(error: unknown, index = 0): boolean {
  return (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed'
  );
}

/**
 * True when a TransactWriteItems was cancelled because one of the email guards (the items
 * from `from` on) failed its condition: another user holds the email.
 */
export function emailHeld(error: unknown, from: number): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? [])
      .slice(from)
      .some((reason) => reason.Code === 'ConditionalCheckFailed')
  );
}

/** The refusal of an email another user holds. */
export function emailTakenError(email: string): UsersyncError {
  return new UsersyncError(
    'CONFLICT',
    'This email belongs to a user linked to another Cognito account.',
    { context: { email: maskEmail(email) } },
  );
}

/**
 * The key of an email's guard item in the outbox table: `email#` and the SHA-256 of the
 * normalised address (the table holds no second copy of the email).
 */
export function emailGuardId(email: string): string {
  return `email#${releasedEmailHash(email)}`;
}

/**
 * One write to an email's guard item, inside the transaction that changes the user's
 * email: `claim` takes the email for a user (when no other holds it), `release` gives it
 * up. The guard is what keeps one email to one user on DynamoDB: the email index is
 * eventually consistent, and two sign-ups that both read it before either wrote would both
 * pass it.
 */
export type EmailGuard =
  { claim: string; holder: string; formerHolders?: string[] } | { release: string; holder: string };

/** The item as a write of `set` and `remove` leaves it (what its event reports). */
export function afterWrite(item: Item, set: Record<string, unknown>, remove: string[]): Item {
  const removed = new Set(remove);
  const after: Item = Object.fromEntries(
    Object.entries({ ...item, ...set }).filter(([name]) => !removed.has(name)),
  );
  after[A.updatedAt] = new Date().toISOString();
  after[A.version] = versionOf(item) + 1;
  return after;
}

/** Profile keys set and removed inside the existing map attribute. */
export interface NestedProfile {
  attribute: string;
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * One UpdateExpression: `SET` and `REMOVE` of top-level attributes and of keys inside the
 * profile map, the write counter incremented, on the condition that the counter is still
 * what was read (no other writer came between).
 */
export function updateExpression(
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

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(key: string, cursor: string): Item {
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

/**
 * What every operation on the store's table works with: the document client, the names,
 * and the primitives every write shares (a strongly consistent read, the email index, a
 * put only a new key takes, a change written with its event under the item's write
 * counter, and the loop that retries a change another writer overtook).
 */
export function itemsContext(client: DynamoDBClient, names: DynamoNames) {
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

  /** The transaction items of email guards (see {@link EmailGuard}). */
  const guardItems = (guards: EmailGuard[]) =>
    guards.map((guard) => {
      if ('release' in guard) {
        return {
          Delete: {
            TableName: outboxTable,
            Key: { id: emailGuardId(guard.release) },
            // A guard another user holds is theirs; none (an item from before guards) is fine.
            ConditionExpression: 'attribute_not_exists(#id) OR #holder = :holder',
            ExpressionAttributeNames: { '#id': 'id', '#holder': 'sub' },
            ExpressionAttributeValues: { ':holder': guard.holder },
          },
        };
      }
      const holders = [guard.holder, ...(guard.formerHolders ?? [])];
      const values = Object.fromEntries(holders.map((sub, i) => [`:h${i}`, sub]));
      return {
        Put: {
          TableName: outboxTable,
          Item: { id: emailGuardId(guard.claim), sub: guard.holder, type: 'email' },
          ConditionExpression: `attribute_not_exists(#id) OR #holder IN (${Object.keys(values).join(', ')})`,
          ExpressionAttributeNames: { '#id': 'id', '#holder': 'sub' },
          ExpressionAttributeValues: values,
        },
      };
    });

  /**
   * The guards for an email that changes from `before` to `after` (none when it is the same
   * address in another case: one guard item cannot be written twice in one transaction).
   */
  const emailGuards = (holder: string, before: string | null, after: string | null) => {
    if (before !== null && after !== null && normalizeEmail(before) === normalizeEmail(after)) {
      return [];
    }
    return [
      ...(before === null ? [] : [{ release: before, holder }]),
      ...(after === null ? [] : [{ claim: after, holder }]),
    ];
  };

  /**
   * The item's update and its event (and the email guards a changed email needs), in one
   * transaction; false when another writer came first; `CONFLICT` when another user holds
   * the email being claimed.
   */
  const writeWithEvent = async (
    before: Item,
    update: Parameters<typeof updateExpression>[0],
    event: EventEnvelope,
    guards: EmailGuard[] = [],
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
            ...guardItems(guards),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      const claimed = guards.find((guard) => 'claim' in guard);
      if (claimed !== undefined && 'claim' in claimed && emailHeld(error, 2)) {
        throw emailTakenError(claimed.claim);
      }
      throw refused(error);
    }
  };

  /** Reads, changes and writes one item until no other writer intervenes. */
  const change = async <T>(
    sub: string,
    attempt: (item: Item) => Promise<{ done: T } | 'retry'>,
    missing: T,
  ): Promise<T> => {
    const deadline = Date.now() + (names.writeBudgetMs ?? WRITE_BUDGET_MS);
    for (let tries = 0; Date.now() < deadline; tries += 1) {
      const item = await read(sub);
      if (item === undefined) return missing;
      const outcome = await attempt(item);
      if (outcome !== 'retry') return outcome.done;
      const pause = Math.random() * Math.min(100, 5 * 2 ** tries);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    throw new UsersyncError('CONFLICT', 'The user kept changing while this change was written.');
  };

  return {
    doc,
    names,
    table,
    key,
    outboxTable,
    read,
    subsByEmail,
    newItemPut,
    guardItems,
    emailGuards,
    writeWithEvent,
    change,
  };
}

/** See {@link itemsContext}. */
export type ItemsContext = ReturnType<typeof itemsContext>;
