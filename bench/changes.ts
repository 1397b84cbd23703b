// changes: the change feed. (a) Throughput on the local stack: CloudTrail events for N
// users created in cognito-local, sent to the feed's queue at once, until every row is
// there; events a second through queue, poller, one-user sync and commit. (b) Latency: the
// same feed applied in-process, the time from an event's consumption to its change
// committed, without the Cognito read (timed apart). (c) What Cognito's quotas allow: 3,000
// changes to distinct users of a pool that signs in with email, queued at once, consumed by
// four containers in SQS batches of 10 against a simulated Cognito that throttles as the
// real one does (UserRead 120 a second, UserList 30), each container spending its own
// budget over the store's counters at the feed's priority; events a second, and how many
// ListUsers calls it took (the feed reads with AdminGetUser).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { sql } from 'kysely';
import { createCognitoClient } from '../src/cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../src/cognito/gateway.ts';
import { loadConfig } from '../src/config/config.ts';
import { applyChange, applyChanges, changeTarget } from '../src/events/cognito-changes.ts';
import { postgresStore } from '../src/stores/configured.ts';
import { localSqsClient } from '../src/local/local-sqs.ts';
import { startLocalStack } from '../src/local/stack.ts';
import { createLogger } from '../src/logging/logger.ts';
import { printTable, writeResult } from './results.ts';
import { seedUsers } from './scratch.ts';
import { callRates, simulatedCognito } from './simulated-cognito.ts';
import { cognitoBudget } from '../src/cognito/quota.ts';
import type { DatabaseHandle } from '../src/db/connection.ts';
import type { StoreHandle } from '../src/stores/store.ts';
import { cloudTrailEvent } from '../support/cloudtrail.ts';
import { localStackEnv } from '../support/local-stack-env.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 300);
const POOL = 'us-east-1_Bench';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function changes(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'usersync-changes-'));
  const config = loadConfig(await localStackEnv(dataDir));
  const logger = createLogger({ level: 'silent' });
  const stack = await startLocalStack(config, logger);
  const client = createCognitoClient({
    cognito: { ...config.cognito, endpoint: stack.info.cognitoEndpoint },
  });
  const { userPoolId } = stack.info;
  const db = stack.database.db;
  try {
    const createUsers = async (prefix: string): Promise<string[]> => {
      const subs: string[] = [];
      for (let i = 0; i < USERS; i++) {
        const created = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: `${prefix}${i}@example.com`,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'email', Value: `${prefix}${i}@example.com` },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
        subs.push(created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value ?? '');
      }
      return subs;
    };

    // (a) Through the local stack's queue.
    const queued = await createUsers('queued');
    const sqs = localSqsClient(stack.info.sqsEndpoint);
    const queueUrl = stack.info.queues['cognitoChanges']?.queueUrl ?? '';
    const started = performance.now();
    for (let i = 0; i < queued.length; i += 10) {
      await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: queued.slice(i, i + 10).map((sub, n) => ({
            Id: String(n),
            MessageBody: JSON.stringify(cloudTrailEvent('AdminCreateUser', sub, userPoolId)),
          })),
        }),
      );
    }
    for (;;) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from usersync.users where cognito_sub = any(${queued}::text[])`.execute(
        db,
      );
      if ((rows[0]?.n ?? 0) >= queued.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const throughputMs = performance.now() - started;
    sqs.destroy();

    // (b) In-process, with the Cognito read timed apart.
    const direct = await createUsers('direct');
    let readMs = 0;
    const real = createCognitoGateway(client);
    const timed =
      <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const start = performance.now();
        try {
          return await read(...args);
        } finally {
          readMs += performance.now() - start;
        }
      };
    const timedGateway: CognitoGateway = {
      ...real,
      adminGetUser: timed((pool: string, name: string) => real.adminGetUser(pool, name)),
      findUserBySub: timed((pool: string, sub: string) => real.findUserBySub(pool, sub)),
    };
    const store = postgresStore(stack.database);
    const target = changeTarget(
      { store, cognito: { gateway: timedGateway, userPoolId }, logger, claims: DEFAULT_CLAIM_SET },
      store.ledger,
    );
    const latencies: number[] = [];
    for (const sub of direct) {
      readMs = 0;
      const start = performance.now();
      await applyChange(target, cloudTrailEvent('AdminCreateUser', sub, userPoolId));
      latencies.push(performance.now() - start - readMs);
    }
    latencies.sort((a, b) => a - b);
    const quota = await underQuota(stack.database, store);
    const result = {
      eventsPerSecond: quota.eventsPerSecond,
      listUsersCalls: quota.listUsersCalls,
      underQuota: quota,
      localStack: {
        events: USERS,
        eventsPerSec: Math.round((USERS / throughputMs) * 1000),
        p50Ms: Number(percentile(latencies, 50).toFixed(1)),
        p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      },
    };
    const local = result.localStack;
    printTable('changes: the change feed', [
      {
        measure: 'local stack: events (each a user created in cognito-local)',
        value: local.events,
      },
      { measure: 'local stack: through the queue, events/s', value: local.eventsPerSec },
      { measure: 'consumption → commit, p50 ms (Cognito read excluded)', value: local.p50Ms },
      { measure: 'consumption → commit, p99 ms (Cognito read excluded)', value: local.p99Ms },
      {
        measure: `under quota: ${quota.events} changes, sustained events/s`,
        value: quota.eventsPerSecond,
      },
      { measure: 'under quota: events/s, first to last', value: quota.overallEventsPerSecond },
      { measure: 'under quota: ListUsers calls', value: quota.listUsersCalls },
      { measure: 'under quota: AdminGetUser calls', value: quota.adminGetUserCalls },
      { measure: 'under quota: throttled by Cognito', value: quota.throttled },
      { measure: 'under quota: UserRead peak in a second', value: quota.peakPerSecond },
    ]);
    await writeResult('changes', result);
  } finally {
    client.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const QUOTA_EVENTS = 3_000;

/** (c): the change feed bound by Cognito's UserRead quota, not by UserList's. */
async function underQuota(database: DatabaseHandle, store: StoreHandle) {
  const cognito = simulatedCognito({ quotas: { UserRead: 120, UserList: 30 } });
  const subs = await seedUsers(database, QUOTA_EVENTS, 'quota-change');
  for (const [i, sub] of subs.entries()) {
    cognito.addUser(sub, {
      email: `quota-change${i}@example.com`,
      email_verified: 'true',
      name: `Renamed ${i}`,
    });
  }
  const logger = createLogger({ level: 'silent' });
  const containers = Array.from({ length: 4 }, () =>
    changeTarget(
      {
        store,
        cognito: {
          gateway: createCognitoGateway(cognito.client, {
            budget: cognitoBudget({ counters: store.counters }),
            priority: 'feed',
          }),
          userPoolId: POOL,
        },
        logger,
        claims: DEFAULT_CLAIM_SET,
      },
      store.ledger,
    ),
  );
  const queue = subs.map((sub) => cloudTrailEvent('AdminUpdateUserAttributes', sub, POOL));
  let failed = 0;
  const done: number[] = [];
  const started = performance.now();
  await Promise.all(
    containers.map(async (target) => {
      for (let batch = queue.splice(0, 10); batch.length > 0; batch = queue.splice(0, 10)) {
        const outcomes = await applyChanges(target, batch);
        failed += outcomes.filter((outcome) => outcome instanceof Error).length;
        for (const _ of outcomes) done.push(performance.now());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // Sustained: the rate between the 10th and the 90th percentile of the events applied,
  // without the start (the first batches' reads) and the tail (the last batches).
  done.sort((a, b) => a - b);
  const from = Math.floor(done.length * 0.1);
  const to = Math.floor(done.length * 0.9);
  const sustained = ((to - from) / ((done[to] ?? 0) - (done[from] ?? 0))) * 1000;
  const renamed = await sql<{ n: number }>`
    select count(*)::int as n from usersync.users
     where cognito_sub = any(${subs}::text[]) and name like 'Renamed %'`.execute(database.db);
  const read = callRates(cognito.calls)['UserRead'];
  return {
    events: QUOTA_EVENTS,
    applied: renamed.rows[0]?.n ?? 0,
    failed,
    eventsPerSecond: Math.round(sustained),
    overallEventsPerSecond: Math.round(QUOTA_EVENTS / seconds),
    listUsersCalls: cognito.calls.filter((call) => call.operation === 'ListUsers').length,
    adminGetUserCalls: cognito.calls.filter((call) => call.operation === 'AdminGetUser').length,
    throttled: cognito.calls.filter((call) => call.throttled).length,
    peakPerSecond: Math.max(0, ...(read?.perSecond.values() ?? [])),
  };
}
