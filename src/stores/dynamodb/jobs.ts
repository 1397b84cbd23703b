import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { normalizeEmail } from '../../domain/email.ts';
import { UsersyncError } from '../../domain/errors.ts';
import { changedFields, userEvent } from '../../domain/events.ts';
import {
  actionSub,
  settleListing,
  type ApplyOutcome,
  type ListedUser,
  type MissingFields,
  type PlanAction,
} from '../../domain/reconcile.ts';
import type { RowChanges, User, VersionedIdentity } from '../../domain/user.ts';
import type { JobRuns, JobScope, JobStore } from '../store.ts';
import { applyCognito } from './cognito-copy.ts';
import {
  ITEM_ATTRIBUTES as A,
  afterWrite,
  emailHeld,
  emailTakenError,
  itemToUser,
  lostRace,
  refused,
  versionOf,
  type Item,
  type ItemsContext,
} from './items.ts';
import { outboxPut } from './outbox.ts';
import { EMAIL_ATTRIBUTE, STAGED_INDEX } from './tables.ts';
import { linkOrCreate } from './users.ts';

/** How long a staged listing outlives its run at most (a run that died leaves it behind). */
const STAGED_TTL_S = 2 * 24 * 3600;

/** How long the sync lock holds without renewal: a holder that dies loses it after this. */
const LOCK_LEASE_MS = 5 * 60_000;

/** How often the lock's holder renews it. */
const LOCK_RENEW_MS = 60_000;

/** Parallel scan segments of the users table when planning. */
const PLAN_SEGMENTS = 4;

/** DynamoDB's limits: keys a BatchGetItem, items a BatchWriteItem. */
const BATCH_GET = 100;
const BATCH_WRITE = 25;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * What the jobs ask of the DynamoDB store (see {@link JobStore}), on the users table and
 * the outbox table beside it:
 * - the sync lock is an item (`lock#<name>`) taken by a conditional put, with a lease its
 *   holder renews, so a holder that dies loses it;
 * - a run's staged listing is items `listed#<run>#<sub>` in the outbox table, found by the
 *   sparse `usersync-staged` index and expiring after two days;
 * - planning reads the staged listing and the table's identities (a parallel Scan) and
 *   settles them in memory ({@link settleListing}): memory grows with the table here,
 *   where PostgreSQL settles in SQL;
 * - a plan's actions are applied one by one, each in its own transaction with its event,
 *   each conditioned on the version the plan read;
 * - every item is keyed by its `sub`, so the table has no guest to migrate.
 */
export function dynamoJobStore(ctx: ItemsContext, jobRuns: JobRuns): JobStore {
  const { doc, outboxTable } = ctx;
  const store: JobStore = {
    async exclusive(name, body) {
      const lock = await takeLock(ctx, name);
      try {
        return await body(scope);
      } finally {
        await lock.release();
      }
    },
    async stageListing(runId, users) {
      const expiresAt = Math.floor(Date.now() / 1000) + STAGED_TTL_S;
      await writeAll(
        ctx,
        users.map((user) => ({
          PutRequest: {
            Item: {
              id: `listed#${runId}#${user.sub}`,
              stagedRun: runId,
              stagedSub: user.sub,
              fields: JSON.stringify(user),
              expiresAt,
            },
          },
        })),
      );
    },
    async countStaged(runId) {
      let count = 0;
      await eachStagedPage(ctx, runId, { Select: 'COUNT' }, (page) => {
        count += page.Count ?? 0;
      });
      return count;
    },
    async stagedSubNotHex(runId) {
      let odd: string | undefined;
      await eachStagedPage(ctx, runId, { ProjectionExpression: 'stagedSub' }, (page) => {
        odd ??= (page.Items ?? [])
          .map((item) => String(item['stagedSub']))
          .find((sub) => !HEX_SUB.test(sub));
      });
      return odd;
    },
    async planInputs(runId) {
      const users: ListedUser[] = [];
      await eachStagedPage(ctx, runId, {}, (page) => {
        for (const item of page.Items ?? []) {
          users.push(JSON.parse(String(item['fields'])) as ListedUser);
        }
      });
      users.sort((a, b) => (a.sub < b.sub ? -1 : a.sub > b.sub ? 1 : 0));
      const rows = await tableIdentities(ctx, await runStartedAt(ctx, runId));
      return settleListing(users, rows);
    },
    async clearStaged(runId) {
      const keys: string[] = [];
      await eachStagedPage(ctx, runId, { ProjectionExpression: 'id' }, (page) => {
        keys.push(...(page.Items ?? []).map((item) => String(item['id'])));
      });
      await writeAll(
        ctx,
        keys.map((id) => ({ DeleteRequest: { Key: { id } } })),
        outboxTable,
      );
    },
    async identitiesFor(who) {
      const subs = new Set<string>(who.sub === null ? [] : [who.sub]);
      if (who.email !== null) for (const sub of await ctx.subsByEmail(who.email)) subs.add(sub);
      const found: VersionedIdentity[] = [];
      for (const sub of subs) {
        const item = await ctx.read(sub);
        if (item === undefined) continue;
        const identity = identityOf(itemToUser(ctx.names, item));
        // The email index lags the table: a row found by email must still have it.
        const held = who.email !== null && identity.email?.toLowerCase() === who.email;
        if (sub === who.sub || held) found.push(identity);
      }
      return found;
    },
    applyPlan: (actions) => applyActions(ctx, actions),
    async usersBySub(subs) {
      const found = new Map<string, User>();
      for (const some of chunks([...new Set(subs)], BATCH_GET)) {
        let keys: Item[] | undefined = some.map((sub) => ({ [ctx.key]: sub }));
        while (keys !== undefined && keys.length > 0) {
          const answer: BatchGetCommandOutput = await doc.send(
            new BatchGetCommand({
              RequestItems: { [ctx.table]: { Keys: keys, ConsistentRead: true } },
            }),
          );
          for (const item of answer.Responses?.[ctx.table] ?? []) {
            const user = itemToUser(ctx.names, item);
            found.set(user.id, user);
          }
          keys = answer.UnprocessedKeys?.[ctx.table]?.Keys;
        }
      }
      return found;
    },
    async fillMissing(fills) {
      const refusedItems = [];
      for (const fill of fills) {
        try {
          await fillMissing(ctx, fill);
        } catch (error) {
          refusedItems.push({ userId: fill.rowId, error });
        }
      }
      return refusedItems;
    },
    // Every item is keyed by a sub: no user waits to move to Cognito.
    guestsPage: () => Promise.resolve([]),
    countGuests: () => Promise.resolve(0),
    linkGuests: () => Promise.resolve(new Set<string>()),
  };
  const scope: JobScope = { jobs: store, jobRuns };
  return store;
}

/** A Cognito `sub` as Cognito makes them: a lower-case hex UUID. */
const HEX_SUB = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function identityOf(user: User): VersionedIdentity {
  const { id, sub, email, emailVerified, name, phone, status } = user;
  return { id, sub, email, emailVerified, name, phone, status, version: String(user.version) };
}

/**
 * Takes the lock `name` for this process (a conditional put: none, or one whose lease ran
 * out), renewed while it is held; `CONFLICT` when another holds it.
 */
async function takeLock(
  ctx: ItemsContext,
  name: string,
): Promise<{ release: () => Promise<void> }> {
  const { doc, outboxTable } = ctx;
  const id = `lock#${name}`;
  const holder = randomUUID();
  try {
    await doc.send(
      new PutCommand({
        TableName: outboxTable,
        Item: { id, holder, leaseUntil: Date.now() + LOCK_LEASE_MS },
        ConditionExpression: 'attribute_not_exists(#id) OR #lease < :now',
        ExpressionAttributeNames: { '#id': 'id', '#lease': 'leaseUntil' },
        ExpressionAttributeValues: { ':now': Date.now() },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      throw new UsersyncError(
        'CONFLICT',
        'Another usersync sync is running on this store; try again when it ends.',
      );
    }
    throw error;
  }
  const renew = () =>
    doc.send(
      new UpdateCommand({
        TableName: outboxTable,
        Key: { id },
        UpdateExpression: 'SET #lease = :until',
        ConditionExpression: '#holder = :holder',
        ExpressionAttributeNames: { '#lease': 'leaseUntil', '#holder': 'holder' },
        ExpressionAttributeValues: { ':until': Date.now() + LOCK_LEASE_MS, ':holder': holder },
      }),
    );
  let renewing = Promise.resolve();
  const timer = setInterval(() => {
    // A failed renewal is the lease's to settle: it runs out, as a dead holder's does.
    renewing = renew().then(
      () => undefined,
      () => undefined,
    );
  }, LOCK_RENEW_MS);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await renewing;
      await doc
        .send(
          new DeleteCommand({
            TableName: outboxTable,
            Key: { id },
            ConditionExpression: '#holder = :holder',
            ExpressionAttributeNames: { '#holder': 'holder' },
            ExpressionAttributeValues: { ':holder': holder },
          }),
        )
        .catch((error: unknown) => {
          // Taken over after the lease ran out: it is the new holder's now.
          if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) {
            throw error;
          }
        });
    },
  };
}

/** One put or delete of a BatchWriteItem. */
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Writes `requests` in batches of 25, again for what DynamoDB left unprocessed. */
async function writeAll(
  ctx: ItemsContext,
  requests: WriteRequest[],
  table: string = ctx.outboxTable,
): Promise<void> {
  for (const some of chunks(requests, BATCH_WRITE)) {
    let pending: WriteRequest[] | undefined = some;
    for (let tries = 0; pending !== undefined && pending.length > 0; tries += 1) {
      if (tries > 0)
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 20 * 2 ** tries)));
      const answer: BatchWriteCommandOutput = await ctx.doc.send(
        new BatchWriteCommand({ RequestItems: { [table]: pending } }),
      );
      pending = answer.UnprocessedItems?.[table];
    }
  }
}

/** Calls `onPage` with each page of run `runId`'s staged items (the sparse staged index). */
async function eachStagedPage(
  ctx: ItemsContext,
  runId: string,
  extra: Partial<QueryCommandInput>,
  onPage: (page: { Items?: Item[]; Count?: number }) => void,
): Promise<void> {
  let start: Item | undefined;
  do {
    const page = await ctx.doc.send(
      new QueryCommand({
        TableName: ctx.outboxTable,
        IndexName: STAGED_INDEX,
        KeyConditionExpression: '#run = :run',
        ExpressionAttributeNames: { '#run': 'stagedRun' },
        ExpressionAttributeValues: { ':run': runId },
        ...extra,
        ...(start !== undefined && { ExclusiveStartKey: start }),
      }),
    );
    onPage(page);
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
}

/** When run `runId` started, as its item records it (ISO time). */
async function runStartedAt(ctx: ItemsContext, runId: string): Promise<string> {
  const { Item } = await ctx.doc.send(
    new GetCommand({
      TableName: ctx.outboxTable,
      Key: { id: `run#${runId}` },
      ConsistentRead: true,
    }),
  );
  return typeof Item?.['startedAt'] === 'string' ? Item['startedAt'] : new Date().toISOString();
}

/**
 * Every item's identity (parallel Scan segments, strongly consistent), flagged
 * `changedDuringRun` when it was created or written after `since`.
 */
async function tableIdentities(ctx: ItemsContext, since: string): Promise<VersionedIdentity[]> {
  const segments = await Promise.all(
    Array.from({ length: PLAN_SEGMENTS }, async (_, segment) => {
      const found: VersionedIdentity[] = [];
      let start: Item | undefined;
      do {
        const page = await ctx.doc.send(
          new ScanCommand({
            TableName: ctx.table,
            Segment: segment,
            TotalSegments: PLAN_SEGMENTS,
            ConsistentRead: true,
            ...(start !== undefined && { ExclusiveStartKey: start }),
          }),
        );
        for (const item of page.Items ?? []) {
          const user = itemToUser(ctx.names, item);
          const written = [item[A.createdAt], item[A.updatedAt]].some(
            (at) => typeof at === 'string' && at > since,
          );
          found.push({ ...identityOf(user), ...(written && { changedDuringRun: true }) });
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      return found;
    }),
  );
  return segments.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Applies a plan's actions in the plan's order (a move onto an email comes after the move
 * off it), each in its own transaction with its event, each only to an item still at the
 * version the plan read.
 */
async function applyActions(
  ctx: ItemsContext,
  actions: readonly PlanAction[],
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { failures: [], changed: [] };
  for (const action of actions) {
    try {
      const applied = await applyAction(ctx, action);
      if (applied === 'changed')
        outcome.changed.push({ sub: actionSub(action), action: action.kind });
    } catch (error) {
      outcome.failures.push({ sub: actionSub(action), action: action.kind, error });
    }
  }
  return outcome;
}

async function applyAction(ctx: ItemsContext, action: PlanAction): Promise<'done' | 'changed'> {
  switch (action.kind) {
    case 'create':
      await linkOrCreate(ctx, action.user, action.user.enabled === false ? 'disabled' : 'active');
      return 'done';
    case 'update': {
      const applied = await applyCognito(ctx, action.rowId, action.changes, Number(action.version));
      return applied === undefined || applied === 'changed' ? 'changed' : 'done';
    }
    case 'markDeleted': {
      const applied = await applyCognito(
        ctx,
        action.rowId,
        { status: 'deleted' },
        Number(action.version),
      );
      return applied === undefined || applied === 'changed' ? 'changed' : 'done';
    }
    case 'link':
      return relink(ctx, action);
  }
}

/**
 * Moves the item keyed by a `sub` Cognito no longer has (a copied table) to the user's
 * `sub`, with Cognito's fields, in one transaction: the item under the new key, the old one
 * deleted at the version the plan read, the email guard passed on, and `user.linked`.
 */
async function relink(
  ctx: ItemsContext,
  action: Extract<PlanAction, { kind: 'link' }>,
): Promise<'done' | 'changed'> {
  const { doc, names, table, key, outboxTable, read, newItemPut, guardItems } = ctx;
  const fromSub = action.rowId;
  const old = await read(fromSub);
  if (old === undefined || String(versionOf(old)) !== action.version) return 'changed';
  const changes: RowChanges = action.changes;
  const moved = afterWrite(
    {
      ...old,
      [key]: action.newSub,
      ...(changes.email !== undefined && {
        [A.email]: changes.email,
        [EMAIL_ATTRIBUTE]: normalizeEmail(changes.email),
      }),
      ...(changes.emailVerified !== undefined && { [A.emailVerified]: changes.emailVerified }),
      ...(changes.name !== undefined && { [A.name]: changes.name }),
      ...(changes.phone !== undefined && { [A.phone]: changes.phone }),
      ...(changes.status !== undefined && { [A.status]: changes.status }),
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
              userEvent('user.linked', user, { oldSub: fromSub, newSub: action.newSub }),
            ),
          },
          // The email moves with the user: its guard passes from the old sub to the new.
          ...guardItems(
            user.email === null
              ? []
              : [{ claim: user.email, holder: action.newSub, formerHolders: [fromSub] }],
          ),
        ],
      }),
    );
    return 'done';
  } catch (error) {
    if (lostRace(error, 1)) return 'changed';
    if (lostRace(error, 0)) {
      throw new UsersyncError('CONFLICT', 'Another item is keyed by the sub this one moves to.');
    }
    if (user.email !== null && emailHeld(error, 3)) throw emailTakenError(user.email);
    if (error instanceof TransactionCanceledException) throw refused(error);
    throw error;
  }
}

/**
 * Fills fields the user lacks (profile keys absent, name or phone unset) with a
 * `user.updated` event, in one transaction whose conditions keep every value the item
 * has, whoever wrote it meanwhile. Nothing is written when the item has them all, or is gone.
 */
async function fillMissing(ctx: ItemsContext, fields: MissingFields): Promise<void> {
  const { names, change, writeWithEvent } = ctx;
  await change(
    fields.rowId,
    async (item) => {
      const before = itemToUser(names, item);
      const profile = Object.fromEntries(
        Object.entries(fields.profile).filter(([field]) => !Object.hasOwn(before.profile, field)),
      );
      const set: Record<string, unknown> = {};
      if (before.name === null && fields.name !== null) set[A.name] = fields.name;
      if (before.phone === null && fields.phone !== null) set[A.phone] = fields.phone;
      const filled = [
        ...Object.keys(set).map((attribute) => (attribute === A.name ? 'name' : 'phone')),
        ...(Object.keys(profile).length > 0 ? ['profile'] : []),
      ];
      if (filled.length === 0) return { done: undefined };
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
      return written ? { done: undefined } : 'retry';
    },
    undefined,
  );
}
