// changes: the change feed on the local stack. (a) Throughput: CloudTrail events for N
// users created in cognito-local, sent to the feed's queue at once, until every row is
// there; events a second through queue, poller, one-user sync and commit. (b) Latency: the
// same feed applied in-process, the time from an event's consumption to its change
// committed, without the Cognito read (timed apart; that read is what Cognito's ListUsers
// quota, 30 a second by default, bounds).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { sql } from 'kysely';
import { createCognitoClient } from '../src/cognito/client.ts';
import { createCognitoGateway, type CognitoGateway } from '../src/cognito/gateway.ts';
import { loadConfig } from '../src/config/config.ts';
import { applyChange, changeTarget } from '../src/events/cognito-changes.ts';
import { postgresStore } from '../src/stores/configured.ts';
import { localSqsClient } from '../src/local/local-sqs.ts';
import { startLocalStack } from '../src/local/stack.ts';
import { createLogger } from '../src/logging/logger.ts';
import { printTable, writeResult } from './results.ts';
import { cloudTrailEvent } from '../support/cloudtrail.ts';
import { localStackEnv } from '../support/local-stack-env.ts';
import { DEFAULT_CLAIM_SET } from '../src/domain/claims.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 300);

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
    const timedGateway: CognitoGateway = {
      ...real,
      findUserBySub: async (pool, sub) => {
        const start = performance.now();
        try {
          return await real.findUserBySub(pool, sub);
        } finally {
          readMs += performance.now() - start;
        }
      },
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
    const result = {
      events: USERS,
      eventsPerSec: Math.round((USERS / throughputMs) * 1000),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    };
    printTable('changes: the change feed on the local stack', [
      { measure: 'events (each a user created in cognito-local)', value: result.events },
      { measure: 'through the queue, events/s', value: result.eventsPerSec },
      { measure: 'consumption → commit, p50 ms (Cognito read excluded)', value: result.p50Ms },
      { measure: 'consumption → commit, p99 ms (Cognito read excluded)', value: result.p99Ms },
    ]);
    await writeResult('changes', result);
  } finally {
    client.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
