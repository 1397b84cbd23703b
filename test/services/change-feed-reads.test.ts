import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_SET } from '../../src/domain/claims.ts';
import { applyChanges, changeTarget } from '../../src/events/cognito-changes.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { cloudTrailEvent } from '../../support/cloudtrail.ts';
import { fakePool } from '../support/fake-pool.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

const POOL = 'us-east-1_Pool';
const sub = (i: number) => `${i.toString(16)}b0b0b0b-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * How the change feed reads Cognito: AdminGetUser (UserRead, 120 a second) by `sub`, never
 * ListUsers (UserList, 30 a second) for a user it finds so; one read for a burst of changes
 * to one user. Cognito is the paging mock pool, whose AdminGetUser takes a `sub`.
 */
describe.each(TEST_STORES)('the change feed reads on $name', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  /** The change feed over this store and the fake pool. */
  const feedOver = (pool: ReturnType<typeof fakePool>) =>
    changeTarget(
      {
        store: store.handle,
        cognito: { gateway: pool.gateway, userPoolId: POOL },
        logger: createLogger({ level: 'silent' }),
        claims: DEFAULT_CLAIM_SET,
      },
      store.handle.ledger,
    );

  it('reads each user once with AdminGetUser, a burst of changes as one, and no ListUsers', async () => {
    const pool = fakePool(3, { sub });
    const target = feedOver(pool);
    const burst = ['AdminCreateUser', 'AdminUpdateUserAttributes', 'AdminEnableUser'].map((name) =>
      cloudTrailEvent(name, sub(0), POOL),
    );
    const outcomes = await applyChanges(target, [
      ...burst,
      cloudTrailEvent('AdminCreateUser', sub(1), POOL),
    ]);
    expect(outcomes.map((outcome) => !(outcome instanceof Error) && outcome.outcome)).toEqual([
      'synced',
      'synced',
      'synced',
      'synced',
    ]);
    // One read for the burst, one for the other user: by sub, with AdminGetUser alone.
    expect(pool.reads.map((read) => read.Username).sort()).toEqual([sub(0), sub(1)]);
    expect(pool.calls).toEqual([]);
    expect((await store.handle.users.userBySub(sub(0)))?.email).toBe('user0@example.com');
    // Each event is recorded: fed again, each is a duplicate, and nothing is read.
    const again = await applyChanges(target, burst);
    expect(again.map((outcome) => !(outcome instanceof Error) && outcome.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(pool.reads).toHaveLength(2);
  });

  it('takes a deleted user as gone without ListUsers, and looks a federated user up by sub', async () => {
    // Users 10 and 11 (their emails none of the first test's users have).
    const pool = fakePool(12, { sub: (i) => sub(i + 100) });
    const target = feedOver(pool);
    await applyChanges(target, [cloudTrailEvent('AdminCreateUser', sub(110), POOL)]);
    // Deleted from Cognito, then its CloudTrail event: AdminGetUser's "not found" is final.
    pool.users.splice(10, 1);
    const [deleted] = await applyChanges(target, [
      cloudTrailEvent('AdminDeleteUser', sub(110), POOL),
    ]);
    expect(deleted).toMatchObject({ outcome: 'synced', sync: { inCognito: false } });
    expect(pool.calls).toEqual([]);
    // A user AdminGetUser does not find by sub (a federated user's username is the
    // provider's): found with ListUsers by sub.
    const federated = pool.users[10];
    if (federated?.Attributes?.[0] === undefined) throw new Error('no user');
    federated.Attributes[0].Value = sub(120);
    pool.mock
      .on(AdminGetUserCommand)
      .rejects(Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' }));
    const [found] = await applyChanges(target, [
      cloudTrailEvent('AdminLinkProviderForUser', sub(120), POOL),
    ]);
    expect(found).toMatchObject({ outcome: 'synced', sync: { inCognito: true } });
    expect(pool.calls.map((call) => call.Filter)).toEqual([`sub = "${sub(120)}"`]);
  });

  it("never takes a forged event's username for the user: the sub decides, and unsafe text is dropped", async () => {
    const pool = fakePool(32, { sub: (i) => sub(i + 200) });
    const target = feedOver(pool);
    // The event names user 30's username for user 31's sub: AdminGetUser reads user 30,
    // whose sub is not the event's, so the feed looks the sub up instead.
    const forged = cloudTrailEvent('AdminUpdateUserAttributes', sub(231), POOL, {
      requestParameters: { userPoolId: POOL, username: 'user-30' },
    });
    const [outcome] = await applyChanges(target, [forged]);
    expect(outcome).toMatchObject({ outcome: 'synced', sync: { inCognito: true } });
    expect(pool.reads.map((read) => read.Username)).toEqual(['user-30']);
    expect(pool.calls.map((call) => call.Filter)).toEqual([`sub = "${sub(231)}"`]);
    expect((await store.handle.users.userBySub(sub(231)))?.email).toBe('user31@example.com');
    expect(await store.handle.users.userBySub(sub(230))).toBeUndefined();
    // A username with NUL or a lone surrogate is not used: the read is by sub.
    for (const username of ['user-3\u0000', '\ud800']) {
      pool.reads.length = 0;
      await applyChanges(target, [
        cloudTrailEvent('AdminUpdateUserAttributes', sub(229), POOL, {
          requestParameters: { userPoolId: POOL, username },
        }),
      ]);
      expect(pool.reads.map((read) => read.Username)).toEqual([sub(229)]);
    }
  });
});
