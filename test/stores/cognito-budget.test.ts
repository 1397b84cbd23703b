import { spawn } from 'node:child_process';
import path from 'node:path';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cognitoBudget,
  windowAllotment,
  WINDOWS_PER_SECOND,
  type CallPriority,
} from '../../src/cognito/quota.ts';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { connectPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ensureTables } from '../../src/stores/dynamodb/tables.ts';
import { startDynalite } from '../../support/dynalite.ts';
import { createPostgresDatabase } from '../support/databases.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

/** The most grants in any aligned second, and in any sliding second. */
function peaks(grants: number[]): { aligned: number; sliding: number } {
  const sorted = [...grants].sort((a, b) => a - b);
  const bySecond = new Map<number, number>();
  for (const at of sorted) {
    const second = Math.floor(at / 1000);
    bySecond.set(second, (bySecond.get(second) ?? 0) + 1);
  }
  let sliding = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= 1000) first++;
    sliding = Math.max(sliding, last - first + 1);
  }
  return { aligned: Math.max(0, ...bySecond.values()), sliding };
}

/** The most a window holds of `share`: what a sliding second may add to it. */
const widest = (share: number) =>
  Math.max(...Array.from({ length: WINDOWS_PER_SECOND }, (_, i) => windowAllotment(share, i)));

describe('windowAllotment', () => {
  it('spreads a share over the windows of a second, adding up to it exactly', () => {
    for (const share of [1, 2, 7, 20, 24, 96, 120]) {
      const parts = Array.from({ length: WINDOWS_PER_SECOND }, (_, i) => windowAllotment(share, i));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(share);
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    }
  });
});

describe('a Cognito budget whose store does not answer', () => {
  it('counts in memory after a second, and does not ask the store again for a while', async () => {
    let asked = 0;
    const errors: unknown[] = [];
    // A store that never answers: an embedded database whose one session the caller's
    // own transaction holds.
    const hanging = {
      consume: () => {
        asked++;
        return new Promise<never>(() => undefined);
      },
      get: () => new Promise<never>(() => undefined),
    } as unknown as RateLimiterAbstract;
    const budget = cognitoBudget({
      counters: { limiter: () => hanging },
      onStoreError: (error) => errors.push(error),
    });
    await budget.take('UserUpdate', 'interactive', { maxWaitMs: 3_000 });
    await budget.take('UserUpdate', 'interactive', { maxWaitMs: 3_000 });
    await budget.take('UserUpdate', 'interactive', { maxWaitMs: 3_000 });
    expect(budget.stats().UserUpdate.granted).toBe(3);
    expect(asked).toBe(1);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe.each(TEST_STORES)('the Cognito budget on the $name store', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  /** A budget as one process builds it: its own queues, the store's counters. */
  const process = (share: number, errors: unknown[] = []) =>
    cognitoBudget({
      counters: store.handle.counters,
      shares: { UserUpdate: share, UserList: share },
      onStoreError: (error) => errors.push(error),
    });

  async function spend(
    budget: ReturnType<typeof cognitoBudget>,
    calls: number,
    priority: CallPriority,
  ): Promise<number[]> {
    return Promise.all(
      Array.from({ length: calls }, async () => {
        await budget.take('UserUpdate', priority);
        return Date.now();
      }),
    );
  }

  it('holds two processes together within the share, every second', async () => {
    const errors: unknown[] = [];
    const a = process(20, errors);
    const b = process(20, errors);
    const grants = (
      await Promise.all([spend(a, 45, 'interactive'), spend(b, 45, 'interactive')])
    ).flat();
    expect(grants).toHaveLength(90);
    const { aligned, sliding } = peaks(grants);
    expect(aligned).toBeLessThanOrEqual(20);
    expect(sliding).toBeLessThanOrEqual(20 + widest(20));
    // Both were served, not one after the other.
    expect(a.stats().UserUpdate.granted).toBe(45);
    expect(b.stats().UserUpdate.waited).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('keeps the part of each second above a job for the calls of higher priority', async () => {
    const jobs = process(20);
    const api = process(20);
    const jobGrants = spend(jobs, 40, 'jobs');
    // A person's call, made while the job is spending all it may, is not queued behind it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const [first = 0] = await spend(api, 1, 'interactive');
    const jobTimes = await jobGrants;
    // 40 calls at 12 a second: most of the job was still to come when the person was served.
    expect(jobTimes.filter((at) => at > first).length).toBeGreaterThan(20);
    const { aligned } = peaks(jobTimes);
    // A job alone fills at most its 60%.
    expect(aligned).toBeLessThanOrEqual(12);
  });

  it('refuses a call that would wait past its limit, and counts nothing for it', async () => {
    // A share of 1 is one call in the last window of each second: after one call, the
    // next is a second away.
    const budget = process(1);
    await spend(budget, 1, 'interactive');
    const refused = await budget
      .take('UserUpdate', 'interactive', { maxWaitMs: 20 })
      .catch((error: unknown) => error);
    expect(isUsersyncError(refused, 'RATE_LIMITED')).toBe(true);
    expect(budget.stats().UserUpdate).toMatchObject({ granted: 1, refused: 1 });
    // The refused call holds no point: the next second's call is granted.
    await budget.take('UserUpdate', 'interactive');
    expect(budget.stats().UserUpdate.granted).toBe(2);
  });

  it("halves every process's share for a while after Cognito throttles one", async () => {
    const a = process(20);
    const b = process(20);
    expect(b.shareNow('UserList')).toBe(20);
    await a.throttled('UserList');
    expect(a.shareNow('UserList')).toBe(10);
    // b reads the shared mark on its next take.
    await b.take('UserList', 'interactive');
    expect(b.shareNow('UserList')).toBe(10);
    expect(b.shareNow('UserUpdate')).toBe(20);
  });
});

/** Runs the budget worker as its own Node process; its grants. */
function worker(env: NodeJS.ProcessEnv): Promise<{ grants: number[]; errors: string[] }> {
  const script = path.resolve(import.meta.dirname, '../support/budget-worker.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      CATEGORY: 'UserUpdate',
      PRIORITY: 'jobs',
      CALLS: '30',
      SHARE: '20',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as { grants: number[]; errors: string[] });
      else reject(new Error(`the budget worker exited ${code}: ${stderr}`));
    });
  });
}

/** Two OS processes on one store: what Lambda containers and CLI runs are. */
async function twoProcesses(env: NodeJS.ProcessEnv): Promise<void> {
  const [a, b] = await Promise.all([worker(env), worker(env)]);
  const grants = [...(a?.grants ?? []), ...(b?.grants ?? [])];
  expect(grants).toHaveLength(60);
  expect([...(a?.errors ?? []), ...(b?.errors ?? [])]).toEqual([]);
  const { aligned, sliding } = peaks(grants);
  // Jobs may fill 60% of the share of 20: 12 a second, whoever asks.
  expect(aligned).toBeLessThanOrEqual(12);
  expect(sliding).toBeLessThanOrEqual(12 + widest(12));
  // Without a shared count each would have spent 12 a second: together, 60 calls in 2.5 s.
  const spread = Math.max(...grants) - Math.min(...grants);
  expect(spread).toBeGreaterThan(4_000);
}

describe('two processes spending one budget', () => {
  it.runIf(process.env['TEST_DATABASE_URL'] !== undefined)(
    'on PostgreSQL stay within the share together',
    async () => {
      const { url, drop } = await createPostgresDatabase();
      const database = connectPostgres(url, { max: 2 });
      try {
        await migrateToLatest(database);
        await twoProcesses({ DATABASE_URL: url });
      } finally {
        await database.close();
        await drop();
      }
    },
    60_000,
  );

  it('on DynamoDB stay within the share together', async () => {
    const dynamo = await startDynalite();
    try {
      await ensureTables(dynamo.client, { usersTable: 'budget', keyAttribute: 'userId' });
      await twoProcesses({ DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_USERS_TABLE: 'budget' });
    } finally {
      await dynamo.stop();
    }
  }, 60_000);
});
