// quotas: every user-level Cognito caller of usersync at once, each a process of its own
// with its own budget over one store's counters, against a simulated Cognito that throttles
// per category as the real one does (bench/simulated-cognito.ts):
// - a reconcile (jobs);
// - a backfill-claims (jobs);
// - 1,000 sign-ins whose claims changed, through PreTokenGeneration on four trigger
//   containers (interactive: a cache write that finds no budget within its wait is deferred);
// - the change feed at 200 changes a second, on two containers (feed);
// - the relay's pass over the deferred cache writes (jobs).
// It checks what the issue asks: no throttle answer reaches a caller, no category above its
// share in any second, and every cache write made by the end.
import { sql } from 'kysely';
import { createCognitoGateway } from '../src/cognito/gateway.ts';
import { cognitoBudget, type CallPriority, type CognitoBudget } from '../src/cognito/quota.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';
import { DEFAULT_SHARES, QUOTA_CATEGORIES, type QuotaCategory } from '../src/domain/quotas.ts';
import { applyChanges, changeTarget } from '../src/events/cognito-changes.ts';
import { createLogger } from '../src/logging/logger.ts';
import { runBackfillClaims } from '../src/services/jobs/backfill-claims.ts';
import {
  applyDeferredCacheWrites,
  keepApplyingCacheWrites,
} from '../src/services/jobs/deferred-cache-writes.ts';
import { runSync } from '../src/services/jobs/reconcile.ts';
import { postgresStore } from '../src/stores/configured.ts';
import { createPreTokenGenerationHandler } from '../src/triggers/pre-token-generation.ts';
import { cloudTrailEvent } from '../support/cloudtrail.ts';
import { triggerEvent } from '../support/trigger-events.ts';
import { printTable, writeResult } from './results.ts';
import { scratchDatabase, seedUsers } from './scratch.ts';
import { callRates, simulatedCognito } from './simulated-cognito.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 3_000);
const SIGN_INS = 1_000;
const SIGN_INS_PER_SECOND = 100;
const CHANGES_PER_SECOND = 200;
const CHANGE_SECONDS = 10;
const POOL = 'us-east-1_Bench';
const TRIGGER_WAIT_MS = 500;

export async function quotas(): Promise<void> {
  const scratch = await scratchDatabase('quotas', 20);
  const logger = createLogger({ level: 'silent' });
  const cognito = simulatedCognito();
  try {
    const store = postgresStore(scratch.database, undefined, DEFAULT_CLAIM_SET);
    const subs = await seedUsers(scratch.database, USERS, 'quota');
    // Cognito caches each user's claims as the store held them; the first SIGN_INS users'
    // claims have changed since, so their sign-ins find the cache stale.
    for (const [i, sub] of subs.entries()) {
      cognito.addUser(sub, {
        email: `quota${i}@example.com`,
        email_verified: 'true',
        'custom:developer_id': `dev-${i}`,
        'custom:user_type': 'pro',
        'custom:company_name': 'Acme',
      });
    }
    const changed = subs.slice(0, SIGN_INS);
    await sql`
      update usersync.users
         set claims = jsonb_set(claims, '{custom:developer_id}',
                                to_jsonb('changed-' || (claims ->> 'custom:developer_id')))
       where cognito_sub = any(${changed}::text[])`.execute(scratch.database.db);

    // Each process builds its own budget over the one store, as a Lambda container does.
    const budgets: CognitoBudget[] = [];
    const gatewayOf = (priority: CallPriority, maxWaitMs?: number) => {
      const budget = cognitoBudget({ counters: store.counters });
      budgets.push(budget);
      return createCognitoGateway(cognito.client, {
        budget,
        priority,
        ...(maxWaitMs !== undefined && { maxWaitMs }),
      });
    };
    const jobDeps = (priority: CallPriority) => ({
      store,
      cognito: { gateway: gatewayOf(priority), userPoolId: POOL },
      logger,
      claims: DEFAULT_CLAIM_SET,
    });
    const started = Date.now();
    const failures = { signIns: 0, changes: 0, reconcile: 0, backfill: 0 };

    const reconcile = runSync(jobDeps('jobs'), {
      dryRun: false,
      createMissing: true,
      markDeleted: false,
      segments: 16,
      rps: 1_000,
    }).then((report) => (failures.reconcile = report.failures.length));
    const backfill = runBackfillClaims(jobDeps('jobs'), { dryRun: false, rps: 1_000 }).then(
      (report) => (failures.backfill = report.failures.length),
    );

    const triggers = Array.from({ length: 4 }, () =>
      createPreTokenGenerationHandler({
        store: store.users,
        cacheWrites: store.cacheWrites,
        logger,
        cognito: gatewayOf('interactive', TRIGGER_WAIT_MS),
        preTokenBudgetMs: 1_500,
        claimsFallback: 'none',
        claims: DEFAULT_CLAIM_SET,
      }),
    );
    const signIns = Promise.all(
      changed.map(async (sub, i) => {
        await sleep((i * 1_000) / SIGN_INS_PER_SECOND);
        try {
          const answer = await triggers[i % triggers.length]?.(
            triggerEvent(
              'TokenGeneration_Authentication',
              { sub, email: `quota${i}@example.com` },
              { version: '2', userName: sub, userPoolId: POOL },
            ),
          );
          if (!JSON.stringify(answer?.response).includes(`changed-dev-${i}`)) failures.signIns++;
        } catch {
          failures.signIns++;
        }
      }),
    );

    // The change feed: SQS batches of 10, two containers each taking a batch at a time.
    const feeds = Array.from({ length: 2 }, () => changeTarget(jobDeps('feed'), store.ledger));
    const queue: unknown[] = [];
    let feeding = true;
    const producer = (async () => {
      for (let second = 0; second < CHANGE_SECONDS; second++) {
        for (let n = 0; n < CHANGES_PER_SECOND; n++) {
          const sub = subs[Math.floor(Math.random() * subs.length)] ?? '';
          queue.push(cloudTrailEvent('AdminUpdateUserAttributes', sub, POOL));
        }
        await sleep(1_000);
      }
      feeding = false;
    })();
    const consumers = feeds.map(async (target) => {
      while (feeding || queue.length > 0) {
        const batch = queue.splice(0, 10);
        if (batch.length === 0) {
          await sleep(20);
          continue;
        }
        const outcomes = await applyChanges(target, batch);
        failures.changes += outcomes.filter((outcome) => outcome instanceof Error).length;
      }
    });

    const stopRelay = new AbortController();
    const relayDeps = {
      cacheWrites: store.cacheWrites,
      users: store.users,
      cognito: { gateway: gatewayOf('jobs'), userPoolId: POOL },
      claims: DEFAULT_CLAIM_SET,
      logger,
    };
    const relay = keepApplyingCacheWrites(relayDeps, { signal: stopRelay.signal, everyMs: 1_000 });

    await Promise.all([reconcile, backfill, signIns, producer, ...consumers]);
    // The relay makes what is still deferred, then stops.
    while ((await store.cacheWrites.count()) > 0) await applyDeferredCacheWrites(relayDeps);
    stopRelay.abort();
    await relay;
    const seconds = (Date.now() - started) / 1000;

    const lostCacheWrites = changed.filter(
      (sub, i) =>
        cognito.users.get(sub)?.attributes.get('custom:developer_id') !== `changed-dev-${i}`,
    ).length;
    const rates = callRates(cognito.calls);
    const deferred = budgets.reduce((sum, budget) => sum + budget.stats().UserUpdate.refused, 0);
    const perCategory = Object.fromEntries(
      QUOTA_CATEGORIES.filter((category) => rates[category]?.perSecond.size).map((category) => {
        const rate = rates[category];
        const seconds = [...(rate?.perSecond.values() ?? [])];
        return [
          category,
          {
            share: DEFAULT_SHARES[category],
            quota: cognito.quotas[category],
            calls: seconds.reduce((a, b) => a + b, 0),
            peakPerSecond: Math.max(...seconds),
            peakSlidingSecond: rate?.slidingPeak ?? 0,
            overShareSeconds: seconds.filter((count) => count > DEFAULT_SHARES[category]).length,
            throttledByCognito: rate?.throttled ?? 0,
          },
        ];
      }),
    ) as Partial<Record<QuotaCategory, { overShareSeconds: number; throttledByCognito: number }>>;
    const throttledByCognito = Object.values(perCategory).reduce(
      (sum, rate) => sum + rate.throttledByCognito,
      0,
    );
    const result = {
      users: USERS,
      signIns: SIGN_INS,
      changes: CHANGES_PER_SECOND * CHANGE_SECONDS,
      seconds: Math.round(seconds * 10) / 10,
      // A throttle answer from Cognito is a call that failed: it reaches whoever made it.
      throttledToUsers: throttledByCognito + Object.values(failures).reduce((a, b) => a + b, 0),
      overShareSeconds: Object.values(perCategory).reduce(
        (sum, rate) => sum + rate.overShareSeconds,
        0,
      ),
      lostCacheWrites,
      cacheWritesDeferred: deferred,
      failures,
      perCategory,
    };
    printTable(
      `quotas: a reconcile, a backfill, ${SIGN_INS} sign-ins and ${CHANGES_PER_SECOND} changes/s at once`,
      Object.entries(perCategory).map(([category, rate]) => ({ category, ...rate })),
    );
    printTable('targets', [
      {
        throttledToUsers: result.throttledToUsers,
        overShareSeconds: result.overShareSeconds,
        lostCacheWrites,
        cacheWritesDeferred: deferred,
        seconds: result.seconds,
      },
    ]);
    await writeResult('quotas', result);
  } finally {
    await scratch.drop();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
