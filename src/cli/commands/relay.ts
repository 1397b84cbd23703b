import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { loadConfig, requiredSetting } from '../../config/config.ts';
import { openStore } from '../../local/open-database.ts';
import { createEventBridgePublisher } from '../../events/eventbridge-publisher.ts';
import { RETENTION_EVERY_MS, createRelay } from '../../events/relay.ts';
import { runRelayLoop } from '../../events/relay-loop.ts';
import { createLogger } from '../../logging/logger.ts';
import type { Output } from '../output.ts';
import { openCognito } from '../context.ts';
import {
  applyDeferredCacheWrites,
  keepApplyingCacheWrites,
} from '../../services/jobs/deferred-cache-writes.ts';
import { CLIENT_TIMEOUTS } from '../../aws/client-options.ts';

/**
 * `usersync relay [--once]`: publishes pending outbox events to EventBridge
 * (`EVENT_BUS_NAME`). `--once` drains what is due and exits; otherwise it runs until
 * SIGINT or SIGTERM.
 */
export async function relayCommand(
  output: Output,
  options: { once: boolean; json: boolean },
): Promise<number> {
  const config = loadConfig();
  const eventBusName = requiredSetting(
    config.events.busName,
    'EVENT_BUS_NAME',
    'for usersync relay',
  );
  const logger = createLogger({ level: config.logLevel, bindings: { component: 'relay' } });
  const store = await openStore(config, 'usersync relay');
  const client = new EventBridgeClient({ region: config.cognito.region, ...CLIENT_TIMEOUTS });
  let closeCognito: () => void = () => undefined;
  try {
    const relay = createRelay({
      outbox: store.outbox,
      maxAttempts: config.events.outboxMaxAttempts,
      retention: {
        prune: () => store.prune(config.events.retentionDays),
        everyMs: RETENTION_EVERY_MS,
      },
      publisher: createEventBridgePublisher({ client, eventBusName }),
      logger,
    });
    // The claim-cache writes the sign-in trigger deferred, made beside the relay (as the
    // relay function makes them) where the pool is configured.
    const cognito =
      config.cognito.userPoolId === undefined
        ? undefined
        : await openCognito(config, { counters: store.counters, priority: 'jobs', logger });
    const cacheWriteDeps = cognito && {
      cacheWrites: store.cacheWrites,
      users: store.users,
      cognito,
      claims: config.claims,
      logger: logger.child({ component: 'cache-writes' }),
    };
    closeCognito = () => cognito?.close();
    if (options.once) {
      if (cacheWriteDeps !== undefined) await applyDeferredCacheWrites(cacheWriteDeps);
      const counts = await relay.drain();
      output.out(
        options.json
          ? JSON.stringify(counts)
          : `published ${counts.published}, failed ${counts.failed}`,
      );
      return counts.failed > 0 ? 1 : 0;
    }
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await Promise.all([
      runRelayLoop({
        relay,
        ...(store.database !== undefined && { pool: store.database.pool }),
        logger,
        signal: controller.signal,
        pollMs: config.events.relayPollMs,
        listen: store.database !== undefined && store.database.kind !== 'pglite',
      }),
      cacheWriteDeps && keepApplyingCacheWrites(cacheWriteDeps, { signal: controller.signal }),
    ]);
    return 0;
  } finally {
    closeCognito();
    client.destroy();
    await store.close();
  }
}
