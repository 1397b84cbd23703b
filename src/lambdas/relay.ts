import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createEventBridgePublisher } from '../events/eventbridge-publisher.ts';
import { RETENTION_EVERY_MS, createRelay, type RelayCounts } from '../events/relay.ts';
import { runRelayLoop } from '../events/relay-loop.ts';
import { requiredSetting } from '../config/config.ts';
import { lazyHandler } from './bootstrap.ts';
import { keepApplyingCacheWrites } from '../services/jobs/deferred-cache-writes.ts';
import { functionMetrics, publishRelayMetrics } from './metrics.ts';
import { CLIENT_TIMEOUTS } from '../aws/client-options.ts';

/** How long before its time limit an invocation stops relaying. */
const STOP_MARGIN_MS = 5_000;
/** The longest one invocation relays: a minute's schedule starts the next one. */
const LONGEST_RUN_MS = 58_000;

/**
 * The relay as a Lambda function that an EventBridge schedule starts every minute. Each
 * invocation relays for the rest of that minute: it publishes what is due to
 * `EVENT_BUS_NAME`, then polls the outbox every `RELAY_POLL_MS` and publishes each new
 * event as soon as it sees it, so an event reaches the bus within about one poll interval
 * of its commit, not at the next minute. Invocations that overlap take different events
 * (`FOR UPDATE SKIP LOCKED`); one that dies leaves its events to the next.
 */
export const handler = lazyHandler(({ config, store, logger, cognito }) => {
  const relayLogger = logger.child({ component: 'relay' });
  // The claim-cache writes the sign-in trigger deferred: made beside the relay, at the jobs'
  // priority, a call waiting no longer than the stop margin for budget.
  const cacheWriteDeps = {
    cacheWrites: store.cacheWrites,
    users: store.users,
    cognito: {
      gateway: cognito({ priority: 'jobs', maxWaitMs: STOP_MARGIN_MS / 2 }),
      userPoolId: requiredSetting(
        config.cognito.userPoolId,
        'COGNITO_USER_POOL_ID',
        'for the relay',
      ),
    },
    claims: config.claims,
    logger: logger.child({ component: 'cache-writes' }),
  };
  const metrics = functionMetrics('relay');
  const relay = createRelay({
    outbox: store.outbox,
    maxAttempts: config.events.outboxMaxAttempts,
    retention: {
      prune: () => store.prune(config.events.retentionDays),
      everyMs: RETENTION_EVERY_MS,
    },
    publisher: createEventBridgePublisher({
      client: new EventBridgeClient({ region: config.cognito.region, ...CLIENT_TIMEOUTS }),
      eventBusName: requiredSetting(config.events.busName, 'EVENT_BUS_NAME', 'for the relay'),
    }),
    logger: relayLogger,
  });
  return async (_event: unknown, context?: { getRemainingTimeInMillis(): number }) => {
    const remaining = context?.getRemainingTimeInMillis() ?? 0;
    const runMs = Math.min(LONGEST_RUN_MS, remaining - STOP_MARGIN_MS);
    if (runMs <= 0) return report(await relay.drain());
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), runMs);
    try {
      await Promise.all([
        runRelayLoop({
          relay,
          ...(store.database !== undefined && { pool: store.database.pool }),
          logger: relayLogger,
          signal: stop.signal,
          pollMs: config.events.relayPollMs,
          // Through RDS Proxy a LISTEN would pin a connection: the relay polls.
          listen: false,
        }),
        keepApplyingCacheWrites(cacheWriteDeps, { signal: stop.signal }),
      ]);
    } finally {
      clearTimeout(timer);
    }
    return report(await relay.drain());
  };

  /** Publishes the invocation's metrics (the oldest event's age and the parked are alarmed). */
  async function report(counts: RelayCounts): Promise<RelayCounts> {
    publishRelayMetrics(metrics, {
      oldestUnpublishedAgeSeconds: await store.outbox.oldestUnpublishedAgeSeconds(),
      parked: await store.outbox.parkedCount(),
      published: counts.published,
    });
    return counts;
  }
});
