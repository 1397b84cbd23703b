import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';
import { UsersyncError } from '../../src/domain/errors.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { applyDeferredCacheWrites } from '../../src/services/jobs/deferred-cache-writes.ts';
import { createPreTokenGenerationHandler } from '../../src/triggers/pre-token-generation.ts';
import { triggerEvent } from '../../support/trigger-events.ts';
import { captureLog } from '../support/log-capture.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

const POOL = 'us-east-1_Pool';

/**
 * A claim-cache write that found no budget at sign-in is deferred, not lost: kept in the
 * store, then made by the relay's pass with the claims the store holds by then.
 */
describe.each(TEST_STORES)('deferred claim-cache writes on $name', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps one write per user, oldest first, and forgets it only as read', async () => {
    const writes = store.handle.cacheWrites;
    await writes.defer('sub-a', 'user-a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writes.defer('sub-b', 'user-b');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [first, second] = await writes.due(10);
    expect([first?.sub, second?.sub]).toEqual(['sub-a', 'sub-b']);
    expect(await writes.count()).toBe(2);
    // Deferred again after it was read: the pass that read it does not forget it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writes.defer('sub-a', 'user-a');
    if (first === undefined || second === undefined) throw new Error('none due');
    await writes.done(first);
    await writes.done(second);
    expect((await writes.due(10)).map((write) => write.sub)).toEqual(['sub-a']);
    const [again] = await writes.due(10);
    if (again === undefined) throw new Error('none due');
    await writes.done(again);
    expect(await writes.count()).toBe(0);
  });

  it('defers the write a sign-in had no budget for, and the pass makes it with the claims of then', async () => {
    const sub = '5e0b5b3e-7ea0-4000-8000-0000000000c1';
    const { user } = await store.handle.users.linkOrCreate({
      sub,
      email: 'cache@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await store.handle.users.setClaims(user.id, { 'custom:developer_id': 'dev-1' });
    // No room in the UserUpdate share within the trigger's wait: the gateway refuses.
    const spent = new FakeGateway();
    spent.adminUpdateUserAttributes = () =>
      Promise.reject(
        new UsersyncError('RATE_LIMITED', 'spent', { context: { category: 'UserUpdate' } }),
      );
    const log = captureLog();
    const handler = createPreTokenGenerationHandler({
      store: store.handle.users,
      cacheWrites: store.handle.cacheWrites,
      logger: createLogger({ level: 'info', destination: log.stream }),
      cognito: spent,
      preTokenBudgetMs: 1_000,
      claimsFallback: 'none',
      claims: DEFAULT_CLAIM_SET,
    });
    const answer = await handler(
      triggerEvent(
        'TokenGeneration_Authentication',
        { sub, email: 'cache@example.com' },
        {
          version: '2',
          userName: 'cache-user',
        },
      ),
    );
    // The token is issued with the store's claims regardless.
    expect(JSON.stringify(answer.response)).toContain('dev-1');
    expect(await store.handle.cacheWrites.count()).toBe(1);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'claim-cache write deferred',
        metric: 'DeferredCacheWrites',
        why: 'no budget in time',
      }),
    );

    // The claims change before the pass: the pass writes what the store holds then.
    await store.handle.users.setClaims(user.id, { 'custom:developer_id': 'dev-2' });
    const gateway = new FakeGateway();
    const counts = await applyDeferredCacheWrites({
      cacheWrites: store.handle.cacheWrites,
      users: store.handle.users,
      cognito: { gateway, userPoolId: POOL },
      claims: DEFAULT_CLAIM_SET,
      logger: createLogger({ level: 'silent' }),
    });
    expect(counts).toEqual({ written: 1, gone: 0, failed: 0, changing: 0 });
    const [write] = gateway.calls.filter((call) => call.method === 'adminUpdateUserAttributes');
    expect(write?.args[1]).toBe('cache-user');
    expect(write?.args[2]).toContainEqual({ Name: 'custom:developer_id', Value: 'dev-2' });
    expect(await store.handle.cacheWrites.count()).toBe(0);
  });

  it('keeps a write Cognito refused for the next pass, and forgets one for a user gone', async () => {
    const sub = '5e0b5b3e-7ea0-4000-8000-0000000000c2';
    await store.handle.users.linkOrCreate({
      sub,
      email: 'refused@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await store.handle.cacheWrites.defer(sub, 'refused-user');
    await store.handle.cacheWrites.defer('sub-gone', 'gone-user');
    const failing = new FakeGateway();
    failing.adminUpdateUserAttributes = () =>
      Promise.reject(new UsersyncError('UPSTREAM_UNAVAILABLE'));
    const deps = {
      cacheWrites: store.handle.cacheWrites,
      users: store.handle.users,
      claims: DEFAULT_CLAIM_SET,
      logger: createLogger({ level: 'silent' }),
    };
    // One user's failure does not stop the other's: the one gone from the store is forgotten.
    expect(
      await applyDeferredCacheWrites({ ...deps, cognito: { gateway: failing, userPoolId: POOL } }),
    ).toEqual({ written: 0, gone: 1, failed: 1, changing: 0 });
    expect((await store.handle.cacheWrites.due(10)).map((write) => write.sub)).toEqual([sub]);
    // The next pass, with Cognito answering, makes it.
    const working = new FakeGateway();
    expect(
      await applyDeferredCacheWrites({ ...deps, cognito: { gateway: working, userPoolId: POOL } }),
    ).toEqual({ written: 1, gone: 0, failed: 0, changing: 0 });
    expect(await store.handle.cacheWrites.count()).toBe(0);
  });

  it('writes again when the claims change while the write is made, and keeps a row that never settles', async () => {
    const sub = '5e0b5b3e-7ea0-4000-8000-0000000000c3';
    const { user } = await store.handle.users.linkOrCreate({
      sub,
      email: 'moving@example.com',
      emailVerified: true,
      name: null,
      phone: null,
    });
    await store.handle.users.setClaims(user.id, { 'custom:developer_id': 'dev-old' });
    await store.handle.cacheWrites.defer(sub, 'moving-user');
    const deps = {
      cacheWrites: store.handle.cacheWrites,
      users: store.handle.users,
      claims: DEFAULT_CLAIM_SET,
      logger: createLogger({ level: 'silent' }),
    };
    // A change lands while the first write is on its way: the older claims must not stay.
    const racing = new FakeGateway();
    const write = racing.adminUpdateUserAttributes.bind(racing);
    let changes = 1;
    racing.adminUpdateUserAttributes = async (pool, name, attributes) => {
      await write(pool, name, attributes);
      if (changes-- > 0)
        await store.handle.users.setClaims(user.id, { 'custom:developer_id': 'dev-new' });
    };
    expect(
      await applyDeferredCacheWrites({ ...deps, cognito: { gateway: racing, userPoolId: POOL } }),
    ).toEqual({ written: 1, gone: 0, failed: 0, changing: 0 });
    const values = racing.calls
      .filter((call) => call.method === 'adminUpdateUserAttributes')
      .map(
        (call) =>
          (call.args[2] as { Name: string; Value: string }[]).find(
            (a) => a.Name === 'custom:developer_id',
          )?.Value,
      );
    expect(values).toEqual(['dev-old', 'dev-new']);
    expect(await store.handle.cacheWrites.count()).toBe(0);

    // A row that changes at every write is kept for the next pass.
    await store.handle.cacheWrites.defer(sub, 'moving-user');
    changes = Number.POSITIVE_INFINITY;
    let n = 0;
    racing.adminUpdateUserAttributes = async (pool, name, attributes) => {
      await write(pool, name, attributes);
      await store.handle.users.setClaims(user.id, { 'custom:developer_id': `dev-moving-${n++}` });
    };
    expect(
      await applyDeferredCacheWrites({ ...deps, cognito: { gateway: racing, userPoolId: POOL } }),
    ).toEqual({ written: 0, gone: 0, failed: 0, changing: 1 });
    expect(await store.handle.cacheWrites.count()).toBe(1);
  });
});
