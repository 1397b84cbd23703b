import { z } from 'zod';
import { syncUser, type SyncUserReport } from '../services/jobs/sync-user.ts';
import type { JobDeps } from '../services/jobs/job.ts';
import type { SqsBatchResponse, SqsEvent } from './consumer.ts';
import { isUnsafeText } from '../domain/text.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConsumerLedger } from '../stores/store.ts';
import { UsersyncError } from '../domain/errors.ts';

/** The consumer name under which applied CloudTrail events are recorded (by `eventID`). */
export const CHANGE_FEED = 'cognito-changes';

/**
 * The user-level Cognito calls that change what usersync keeps: a user deleted, disabled
 * or enabled, attributes edited or verified, a sign-up confirmed, a user created, groups
 * and linked providers changed. The others (sign-in, tokens, pool settings) are ignored.
 */
export const USER_CHANGES = new Set([
  'AdminDeleteUser',
  'DeleteUser',
  'AdminDisableUser',
  'AdminEnableUser',
  'AdminUpdateUserAttributes',
  'UpdateUserAttributes',
  'AdminDeleteUserAttributes',
  'DeleteUserAttributes',
  'VerifyUserAttribute',
  'AdminConfirmSignUp',
  'ConfirmSignUp',
  'AdminCreateUser',
  'AdminAddUserToGroup',
  'AdminRemoveUserFromGroup',
  'AdminLinkProviderForUser',
  'AdminDisableProviderForUser',
  'AdminSetUserPassword',
]);

/** The part of a CloudTrail record the feed reads (CloudTrail sends much more). */
const RecordSchema = z.looseObject({
  eventID: z.uuid(),
  eventName: z.string(),
  eventSource: z.string(),
  /** Set when the call failed: nothing changed. */
  errorCode: z.string().nullish(),
  requestParameters: z
    .looseObject({ userPoolId: z.string().nullish(), username: z.string().nullish() })
    .nullish(),
  /** Cognito puts the user's `sub` here; the username is `HIDDEN_DUE_TO_SECURITY_REASONS`. */
  additionalEventData: z.looseObject({ sub: z.string().nullish() }).nullish(),
});

/** An EventBridge "AWS API Call via CloudTrail" event. */
const EnvelopeSchema = z.looseObject({
  'detail-type': z.string(),
  source: z.string(),
  detail: RecordSchema,
});

/** The CloudTrail record of an EventBridge event, or a bare record (CloudTrail's history). */
function recordOf(event: unknown): z.output<typeof RecordSchema> | undefined {
  const envelope = EnvelopeSchema.safeParse(event);
  if (envelope.success) return envelope.data.detail;
  const record = RecordSchema.safeParse(event);
  return record.success ? record.data : undefined;
}

/** What the feed did with one event. */
export interface ChangeOutcome {
  eventId: string | null;
  eventName: string | null;
  sub: string | null;
  outcome: 'synced' | 'ignored' | 'duplicate';
  /** Why it was ignored. */
  reason?: string;
  /** The one-user sync's report, when it ran. */
  sync?: Pick<SyncUserReport, 'inCognito' | 'counts' | 'details'>;
}

/** What CloudTrail writes in place of a username it does not show. */
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** The calls after which the user is gone: AdminGetUser not finding them is the answer. */
const DELETIONS = new Set(['AdminDeleteUser', 'DeleteUser']);

/** A change to apply: the user's `sub`, and what the event says of how to read them. */
interface Change {
  sync: true;
  eventId: string;
  eventName: string;
  sub: string;
  /** The username, when the event shows it (CloudTrail usually hides it). */
  username: string | undefined;
  gone: boolean;
}

/** Why an event is not applied, or the change to apply. */
function decide(
  event: unknown,
  userPoolId: string,
): Change | { sync: false; eventId: string | null; eventName: string | null; reason: string } {
  const record = recordOf(event);
  if (record === undefined) {
    return { sync: false, eventId: null, eventName: null, reason: 'not a CloudTrail event' };
  }
  const { eventID: eventId, eventName } = record;
  const ignore = (reason: string) => ({ sync: false as const, eventId, eventName, reason });
  if (record.eventSource !== 'cognito-idp.amazonaws.com') return ignore('not a Cognito call');
  if (record.errorCode) return ignore(`the call failed (${record.errorCode})`);
  if (!USER_CHANGES.has(eventName)) return ignore('not a user change');
  const pool = record.requestParameters?.userPoolId;
  if (pool && pool !== userPoolId) return ignore('another pool');
  const sub = record.additionalEventData?.sub;
  if (!sub) return ignore('no sub in additionalEventData');
  // Cognito's subs are UUIDs: anything else is not one (and never reaches a query).
  if (sub.length > 128 || isUnsafeText(sub)) return ignore('no usable sub in additionalEventData');
  const shown = record.requestParameters?.username;
  const username =
    shown && shown !== HIDDEN && shown.length <= 128 && !isUnsafeText(shown) ? shown : undefined;
  return { sync: true, eventId, eventName, sub, username, gone: DELETIONS.has(eventName) };
}

/**
 * What the change feed applies a change with: its record of the CloudTrail events it
 * applied (the consumers' ledger), and the one-user sync.
 */
export interface ChangeTarget {
  userPoolId: string;
  logger: Logger;
  processed(eventId: string): Promise<boolean>;
  record(eventId: string): Promise<void>;
  /**
   * Re-reads the user from Cognito (AdminGetUser by `username`, or by `sub`; ListUsers only
   * when that finds nobody and the change was not a deletion) and applies what it finds;
   * throws when it could not.
   */
  sync(
    sub: string,
    hints?: { username?: string | undefined; gone?: boolean },
  ): Promise<NonNullable<ChangeOutcome['sync']>>;
}

/** The change feed on a store: its ledger and the reconcile's one-user sync, on any store. */
export function changeTarget(deps: JobDeps, ledger: ConsumerLedger): ChangeTarget {
  return {
    userPoolId: deps.cognito.userPoolId,
    logger: deps.logger,
    processed: (eventId) => ledger.processed(CHANGE_FEED, eventId),
    record: (eventId) => ledger.record(CHANGE_FEED, eventId),
    sync: async (sub, hints = {}) => {
      const report = await syncUser(deps, { sub, ...hints, dryRun: false });
      if (report.failures.length > 0) {
        const [first] = report.failures;
        throw new UsersyncError(
          'INTERNAL',
          `sub ${sub} not synced: ${first?.code ?? ''} ${first?.reason ?? ''}`,
        );
      }
      const { inCognito, counts, details } = report;
      return { inCognito, counts, details };
    },
  };
}

/**
 * Applies CloudTrail events as the change feed does: each user-level change of this pool
 * that succeeded is a one-user sync of its `sub` (Cognito re-read, so the order and
 * repetition of events cannot matter), recorded by CloudTrail `eventID` once it is done, so
 * an event fed twice syncs once. Failed calls, other pools' events, other calls and events
 * without a usable `sub` are ignored, each with its reason. A sync that fails throws (the
 * caller retries it).
 */
export async function applyChange(target: ChangeTarget, event: unknown): Promise<ChangeOutcome> {
  const [outcome] = await applyChanges(target, [event]);
  if (outcome instanceof Error) throw outcome;
  if (outcome === undefined) throw new UsersyncError('INTERNAL', 'The change had no outcome.');
  return outcome;
}

/**
 * Applies a batch of events as {@link applyChange} applies one, with one read for each
 * user: events for the same `sub` (a burst of edits, a user created then confirmed) are
 * applied by one sync made after all of them were sent, which sees them all. Returns each
 * event's outcome, in order, or the error of the sync it waited on.
 */
export async function applyChanges(
  target: ChangeTarget,
  events: readonly unknown[],
): Promise<(ChangeOutcome | Error)[]> {
  const outcomes: (ChangeOutcome | Error)[] = [];
  const bySub = new Map<string, { change: Change; at: number }[]>();
  for (const [at, event] of events.entries()) {
    const decision = decide(event, target.userPoolId);
    if (!decision.sync) {
      const { eventId, eventName, reason } = decision;
      outcomes[at] = { eventId, eventName, sub: null, outcome: 'ignored', reason };
      continue;
    }
    const { eventId, eventName, sub } = decision;
    if (await target.processed(eventId)) {
      outcomes[at] = { eventId, eventName, sub, outcome: 'duplicate' };
      continue;
    }
    bySub.set(sub, [...(bySub.get(sub) ?? []), { change: decision, at }]);
  }
  // Users are independent: their syncs run side by side (the budget paces the reads).
  const syncs = [...bySub].map(async ([sub, changes]) => {
    // A deletion in the burst is final only if it was the last change.
    const last = changes.at(-1)?.change;
    const username = changes.find(({ change }) => change.username !== undefined)?.change.username;
    try {
      const sync = await target.sync(sub, { username, gone: last?.gone === true });
      for (const { change, at } of changes) {
        await target.record(change.eventId);
        outcomes[at] = {
          eventId: change.eventId,
          eventName: change.eventName,
          sub,
          outcome: 'synced',
          sync,
        };
      }
      target.logger.info(
        { eventIds: changes.map(({ change }) => change.eventId), sub, sync },
        changes.length > 1 ? 'changes applied with one read' : 'change applied',
      );
    } catch (error) {
      const failure = error instanceof Error ? error : new UsersyncError('INTERNAL', String(error));
      for (const { at } of changes) outcomes[at] = failure;
    }
  });
  await Promise.all(syncs);
  return outcomes;
}

/**
 * The change feed's SQS handler (`dist/lambdas/cognito-changes`): each message is an
 * EventBridge CloudTrail event; a message whose sync fails is reported in
 * `batchItemFailures`, so SQS brings it back, and to the dead-letter queue in the end.
 */
export function createChangeFeedHandler(
  target: () => ChangeTarget | Promise<ChangeTarget>,
): (event: SqsEvent) => Promise<SqsBatchResponse> {
  return async (event) => {
    const resolved = await target();
    const failed: string[] = [];
    const parsed: { messageId: string; body: unknown }[] = [];
    for (const record of event.Records) {
      try {
        parsed.push({ messageId: record.messageId, body: JSON.parse(record.body) as unknown });
      } catch (error) {
        // Kept for a person to read: SQS brings it back, then parks it in the dead-letter queue.
        resolved.logger.warn({ err: error, messageId: record.messageId }, 'change not applied');
        failed.push(record.messageId);
      }
    }
    const outcomes = await applyChanges(
      resolved,
      parsed.map(({ body }) => body),
    );
    for (const [at, outcome] of outcomes.entries()) {
      if (!(outcome instanceof Error)) continue;
      const messageId = parsed[at]?.messageId ?? '';
      resolved.logger.warn({ err: outcome, messageId }, 'change not applied');
      failed.push(messageId);
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
