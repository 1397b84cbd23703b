import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthLimiter } from '../../src/api/rate-limit.ts';
import { UsersyncError } from '../../src/domain/errors.ts';
import { limitsTableName } from '../../src/stores/dynamodb/tables.ts';
import type { SharedCounters } from '../../src/stores/store.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

/** The keys of the DynamoDB store's limits table. */
async function scanKeys(store: TestStore): Promise<string[]> {
  const dynamo = store.dynamo;
  if (dynamo === undefined) throw new Error('not the DynamoDB store');
  const page = await dynamo.client.send(
    new ScanCommand({ TableName: limitsTableName(dynamo.usersTable) }),
  );
  return (page.Items ?? []).map((item) => String(item['key']?.S));
}

const LIMITS = { perIp: 4, perEmail: 2, failuresPerEmail: 3 };
const wrong = () => Promise.reject(new UsersyncError('INVALID_CREDENTIALS'));

/** The code a call to the limiter ended with (`ok` when the work ran and succeeded). */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return error instanceof UsersyncError ? error.code : String(error);
  }
}

describe.each(TEST_STORES)('rate limits counted in the $name store', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  /** Two API processes: each its own limiter, both over the one store. */
  const twoProcesses = () => {
    const errors: unknown[] = [];
    const make = () => new AuthLimiter(LIMITS, store.handle.counters, (e) => errors.push(e));
    return { a: make(), b: make(), errors };
  };

  it('spends one per-IP budget across two processes', async () => {
    const { a, b, errors } = twoProcesses();
    const ip = `10.0.${kind.name.length}.1`;
    const answers = [];
    for (const limiter of [a, b, a, b, a, b]) answers.push(await outcome(limiter.countRequest(ip)));
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(errors).toEqual([]);
  });

  it("counts an email's failures from either process, and refuses the failing client in both", async () => {
    const { a, b, errors } = twoProcesses();
    const email = `victim-${kind.name}@example.com`;
    expect(await outcome(a.guard('10.1.0.1', email, 'credential', wrong))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(await outcome(b.guard('10.1.0.1', email, 'credential', wrong))).toBe(
      'INVALID_CREDENTIALS',
    );
    // Two failures for this email and client: refused in both, before the work runs.
    let ran = false;
    const work = () => {
      ran = true;
      return Promise.resolve('tokens');
    };
    expect(await outcome(a.guard('10.1.0.1', email, 'credential', work))).toBe('RATE_LIMITED');
    expect(await outcome(b.guard('10.1.0.1', email, 'credential', work))).toBe('RATE_LIMITED');
    expect(ran).toBe(false);
    // Another client is not refused, and its right password goes through.
    expect(await outcome(b.guard('10.1.0.2', email, 'credential', work))).toBe('ok');
    expect(errors).toEqual([]);
  });

  it('keeps no email or address in the store, only hashes', async () => {
    const database = store.handle.database;
    const keys =
      database !== undefined
        ? (await database.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key)
        : await scanKeys(store);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatch(/^auth-(ip|pair|email):[A-Za-z0-9_-]{43}$/);
    }
  });
});

describe.each(TEST_STORES)('sign-outs kept in the $name store', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps the latest sign-out of each user, for every process on the store', async () => {
    const { signOuts } = store.handle.counters;
    expect(await signOuts.since('sub-never')).toBeUndefined();
    const first = new Date(Date.now() - 60_000);
    const later = new Date(Date.now() - 1_000);
    await signOuts.record('sub-a', later);
    // An earlier one, recorded after (a slow process), does not move it back.
    await signOuts.record('sub-a', first);
    expect((await signOuts.since('sub-a'))?.getTime()).toBe(later.getTime());
    expect(await signOuts.since('sub-b')).toBeUndefined();
    // One past its keeping (a day and an hour) is gone.
    await signOuts.record('sub-old', new Date(Date.now() - 26 * 60 * 60 * 1000));
    expect(await signOuts.since('sub-old')).toBeUndefined();
  });
});

describe('rate limits while the store does not answer', () => {
  it('count in process memory, and say why, rather than fail', async () => {
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const failing: SharedCounters = {
      limiter: () =>
        ({
          consume: () => Promise.reject(down),
          get: () => Promise.reject(down),
          penalty: () => Promise.reject(down),
        }) as unknown as ReturnType<SharedCounters['limiter']>,
      signOuts: { record: () => Promise.reject(down), since: () => Promise.reject(down) },
    };
    const errors: unknown[] = [];
    const limiter = new AuthLimiter(LIMITS, failing, (error) => errors.push(error));
    const answers = [];
    for (let n = 0; n < 5; n++) answers.push(await outcome(limiter.countRequest('10.2.0.1')));
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error === down)).toBe(true);
  });

  it('pass a refusal through as the answer, not as a failure of the store', async () => {
    const refusing: SharedCounters = {
      limiter: () =>
        ({
          // The library rejects with a RateLimiterRes, not an Error: its refusal.
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
          consume: () => Promise.reject(new RateLimiterRes(0, 30_000, 5, false)),
        }) as unknown as ReturnType<SharedCounters['limiter']>,
      signOuts: { record: () => Promise.resolve(), since: () => Promise.resolve(undefined) },
    };
    const errors: unknown[] = [];
    const limiter = new AuthLimiter(LIMITS, refusing, (error) => errors.push(error));
    expect(await outcome(limiter.countRequest('10.3.0.1'))).toBe('RATE_LIMITED');
    expect(errors).toEqual([]);
  });
});
