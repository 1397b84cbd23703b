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
  requestParameters: z.looseObject({ userPoolId: z.string().nullish() }).nullish(),
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

/** Why an event is not applied, or the `sub` to sync. */
function decide(
  event: unknown,
  userPoolId: string,
):
  | { sync: true; eventId: string; eventName: string; sub: string }
  | { sync: false; eventId: string | null; eventName: string | null; reason: string } {
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
  return { sync: true, eventId, eventName, sub };
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
  /** Re-reads the user from Cognito and applies what it finds; throws when it could not. */
  sync(sub: string): Promise<NonNullable<ChangeOutcome['sync']>>;
}

/** The change feed on a store: its ledger and the reconcile's one-user sync, on any store. */
export function changeTarget(deps: JobDeps, ledger: ConsumerLedger): ChangeTarget {
  return {
    userPoolId: deps.cognito.userPoolId,
    logger: deps.logger,
    processed: (eventId) => ledger.processed(CHANGE_FEED, eventId),
    record: (eventId) => ledger.record(CHANGE_FEED, eventId),
    sync: async (sub) => {
      const report = await syncUser(deps, { sub, dryRun: false });
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
  const decision = decide(event, target.userPoolId);
  if (!decision.sync) {
    const { eventId, eventName, reason } = decision;
    return { eventId, eventName, sub: null, outcome: 'ignored', reason };
  }
  const { eventId, eventName, sub } = decision;
  if (await target.processed(eventId)) {
    return { eventId, eventName, sub, outcome: 'duplicate' };
  }
  const sync = await target.sync(sub);
  await target.record(eventId);
  target.logger.info({ eventId, eventName, sub, sync }, 'change applied');
  return { eventId, eventName, sub, outcome: 'synced', sync };
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
    for (const record of event.Records) {
      try {
        await applyChange(resolved, JSON.parse(record.body) as unknown);
      } catch (error) {
        resolved.logger.warn({ err: error, messageId: record.messageId }, 'change not applied');
        failed.push(record.messageId);
      }
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
