import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it, onTestFinished } from 'vitest';
import { isUsersyncError } from '../../../src/domain/errors.ts';
import { applyChange, changeTarget } from '../../../src/events/cognito-changes.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { runBackfillClaims } from '../../../src/services/jobs/backfill-claims.ts';
import { runImportProfiles } from '../../../src/services/jobs/import-profiles.ts';
import { runMigrateGuests } from '../../../src/services/jobs/migrate-guests.ts';
import { runSync, type SyncOptions } from '../../../src/services/jobs/reconcile.ts';
import { syncUser } from '../../../src/services/jobs/sync-user.ts';
import { cloudTrailEvent } from '../../../support/cloudtrail.ts';
import { fakePool } from '../../support/fake-pool.ts';
import { TEST_STORES, type TestStore, type TestStoreKind } from '../../support/stores.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// One implementation of each job, over the store port: the same code, the same counts and
// the same events on PostgreSQL (PGlite, a server) and on DynamoDB (dynalite). Cognito is
// the paging mock pool (cognito-local does not page, nor filter by sub prefix).

const logger = createLogger({ level: 'silent' });
/** User `i`'s sub: hex UUIDs spread over the sixteen listing segments. */
const sub = (i: number) =>
  `${(i % 16).toString(16)}a7a7a7a-0000-4000-8000-${String(i).padStart(12, '0')}`;
const sync: SyncOptions = {
  dryRun: false,
  createMissing: true,
  markDeleted: false,
  segments: 16,
  rps: 1_000,
};

/** What a job runs on here: the test's store, the mock pool, the default claim set. */
function jobDeps(own: TestStore, pool: Pick<ReturnType<typeof fakePool>, 'gateway'>) {
  return {
    store: own.handle,
    cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
    logger,
    claims: DEFAULT_CLAIM_SET,
  };
}

describe.each(TEST_STORES)('the jobs on $name', (kind) => {
  const ownStore = () => ownStoreOf(kind);

  // The mock pool's users carry no `email_verified`: Cognito's value is false.
  const fields = (s: string, email: string | null, name: string | null = null) => ({
    sub: s,
    email,
    emailVerified: false,
    name,
    phone: null,
  });

  it('backfills the claims that differ from the cache, page by page, and resumes', async () => {
    const own = await ownStore();
    const pool = fakePool(150, { sub: (i) => sub(i) });
    for (const [i, s] of pool.subs.entries()) {
      const { user } = await own.handle.users.linkOrCreate(fields(s, pool.emails[i] ?? null));
      if (i % 3 !== 0) {
        await own.handle.users.setClaims(user.id, {
          'custom:developer_id': `dev-${i}`,
          'custom:user_type': 'partner',
        });
      }
    }
    const deps = jobDeps(own, pool);
    const options = { dryRun: false, rps: 10_000 };
    const dry = await runBackfillClaims(deps, { ...options, dryRun: true });
    expect(dry.counts).toMatchObject({ scanned: 150, updated: 100, upToDate: 50, failed: 0 });
    expect(pool.updates).toEqual([]);

    // Stopped after its first page: the run is failed, and resumable.
    const stop = new AbortController();
    let runId = '';
    const stopped = await runBackfillClaims(deps, options, {
      signal: stop.signal,
      onRunStarted: (id) => (runId = id),
      onProgress: () => stop.abort(),
    }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(Error);
    expect(pool.updates.length).toBeGreaterThan(0);
    expect(pool.updates.length).toBeLessThan(100);

    const resumed = await runBackfillClaims(deps, { ...options, resume: runId });
    expect(resumed.runId).toBe(runId);
    expect(resumed.counts).toMatchObject({ scanned: 150, failed: 0 });
    // No page was written twice: each segment went on from where it stood.
    expect(pool.updates).toHaveLength(100);
    expect(pool.updates.find((update) => update.Username === 'user-1')?.UserAttributes).toEqual([
      { Name: 'custom:developer_id', Value: 'dev-1' },
      { Name: 'custom:user_type', Value: 'partner' },
      { Name: 'custom:company_name', Value: '' },
    ]);
    const again = await runBackfillClaims(deps, { ...options, resume: runId }).catch(
      (error: unknown) => error,
    );
    expect(isUsersyncError(again) && again.code).toBe('CONFLICT');
    const check = await runBackfillClaims(deps, { ...options, dryRun: true });
    expect(check.counts).toMatchObject({ upToDate: 150, updated: 0 });
  });

  it('imports Cognito attributes where the user has none, never replacing a stored value', async () => {
    const own = await ownStore();
    const pool = fakePool(3, {
      sub: (i) => sub(1_000 + i),
      attributes: () => [
        { Name: 'name', Value: 'From Cognito' },
        { Name: 'locale', Value: 'fr' },
        { Name: 'custom:plan', Value: 'gold' },
      ],
    });
    const users = own.handle.users;
    // User 0 has nothing; user 1 has its own name and plan; user 2 is not in the store.
    await users.linkOrCreate(fields(sub(1_000), 'import0@example.com'));
    const { user: mine } = await users.linkOrCreate(
      fields(sub(1_001), 'import1@example.com', 'Own Name'),
    );
    await users.updateProfile(
      mine.id,
      { profileSet: { plan: 'silver' } },
      { maxProfileBytes: 4_096, beforeCommit: () => Promise.resolve() },
    );
    await own.takeEvents();
    const deps = jobDeps(own, pool);
    const report = await runImportProfiles(deps, { dryRun: false });
    expect(report.counts).toMatchObject({ scanned: 3, imported: 2, noDbUser: 1, failed: 0 });
    expect(await users.userBySub(sub(1_000))).toMatchObject({
      name: 'From Cognito',
      profile: { locale: 'fr', plan: 'gold' },
    });
    expect(await users.userBySub(sub(1_001))).toMatchObject({
      name: 'Own Name',
      profile: { locale: 'fr', plan: 'silver' },
    });
    const events = await own.takeEvents();
    expect(events.map((event) => [event.type, event.data['sub']]).sort()).toEqual([
      ['user.updated', sub(1_000)],
      ['user.updated', sub(1_001)],
    ]);
    const second = await runImportProfiles(deps, { dryRun: false });
    expect(second.counts).toMatchObject({ imported: 0, upToDate: 2, noDbUser: 1 });
    expect(await own.takeEvents()).toEqual([]);
  });

  it('reconciles: relinks a stale sub by email, creates, updates, marks deleted, by one plan', async () => {
    const own = await ownStore();
    const pool = fakePool(4, { sub: (i) => sub(2_000 + i) });
    const users = own.handle.users;
    const stale = '0ddba11e-0000-4000-8000-000000000001';
    const gone = '0ddba11e-0000-4000-8000-000000000002';
    // User 0 is in step; user 1's row kept the sub of a copied table; user 2's name
    // differs; user 3 has no row; one row's user is gone from the pool.
    await users.linkOrCreate(fields(pool.subs[0]!, pool.emails[0]!));
    const { user: copied } = await users.linkOrCreate(fields(stale, pool.emails[1]!));
    await users.setClaims(copied.id, { 'custom:developer_id': 'dev-copied' });
    await users.linkOrCreate(fields(pool.subs[2]!, pool.emails[2]!, 'Old Name'));
    pool.users[2]!.Attributes!.push({ Name: 'name', Value: 'New Name' });
    await users.linkOrCreate(fields(gone, 'gone@example.com'));
    await own.takeEvents();
    const deps = jobDeps(own, pool);
    const options = { ...sync, markDeleted: true };

    const dry = await runSync(deps, { ...options, dryRun: true });
    const expected = { matched: 1, linked: 1, updated: 1, created: 1, markedDeleted: 1 };
    expect(dry.counts).toMatchObject({ scanned: 4, ...expected, failed: 0 });
    expect(await users.userBySub(stale)).toBeDefined();
    expect(await own.takeEvents()).toEqual([]);

    const report = await runSync(deps, options);
    expect(report.counts).toMatchObject({ scanned: 4, ...expected, failed: 0 });
    expect(report.details).toContainEqual(
      expect.objectContaining({ status: 'linked', oldSub: stale, newSub: pool.subs[1] }),
    );
    // The copied user keeps what the store held of them, under the sub Cognito has.
    expect(await users.userBySub(pool.subs[1]!)).toMatchObject({
      claims: { 'custom:developer_id': 'dev-copied' },
      email: pool.emails[1],
    });
    expect((await users.userBySub(pool.subs[2]!))?.name).toBe('New Name');
    expect((await users.userBySub(pool.subs[3]!))?.email).toBe(pool.emails[3]);
    expect((await users.userBySub(gone))?.status).toBe('deleted');
    const events = await own.takeEvents();
    expect(events.map((event) => event.type).sort()).toEqual([
      'user.deleted',
      'user.linked',
      'user.registered',
      'user.updated',
    ]);

    const again = await runSync(deps, options);
    expect(again.counts).toMatchObject({ matched: 4, linked: 0, created: 0, updated: 0 });
    expect(await own.takeEvents()).toEqual([]);
  });

  it('syncs one user by sub or email, and applies the change feed: disabled, enabled, deleted, a missed sign-up', async () => {
    const own = await ownStore();
    const pool = fakePool(2, { sub: (i) => sub(3_000 + i) });
    const users = own.handle.users;
    const deps = jobDeps(own, pool);
    const target = changeTarget(deps, own.handle.ledger);
    const [first, second] = [pool.subs[0]!, pool.subs[1]!];
    const { user: made } = await users.linkOrCreate({
      ...fields(first, pool.emails[0]!),
      emailVerified: true,
    });
    await users.setClaims(made.id, { 'custom:developer_id': 'dev-3' });
    await own.takeEvents();

    const dry = await syncUser(deps, { sub: first, dryRun: true });
    expect(dry).toMatchObject({ sub: first, inCognito: true, counts: { updated: 1 } });

    pool.users[0]!.Enabled = false;
    const disabled = cloudTrailEvent('AdminDisableUser', first, 'us-east-1_Pool');
    expect(await applyChange(target, disabled)).toMatchObject({
      outcome: 'synced',
      sync: { inCognito: true, counts: { updated: 1 } },
    });
    expect(await applyChange(target, disabled)).toMatchObject({ outcome: 'duplicate' });
    expect(await users.userBySub(first)).toMatchObject({
      status: 'disabled',
      claims: { 'custom:developer_id': 'dev-3' },
    });

    pool.users[0]!.Enabled = true;
    await applyChange(target, cloudTrailEvent('AdminEnableUser', first, 'us-east-1_Pool'));
    expect((await users.userBySub(first))?.status).toBe('active');

    // A user whose PostConfirmation was missed: the feed makes the row.
    await applyChange(target, cloudTrailEvent('AdminConfirmSignUp', second, 'us-east-1_Pool'));
    expect(await users.userBySub(second)).toMatchObject({
      email: pool.emails[1],
      status: 'active',
    });

    pool.users.splice(0, 1);
    await applyChange(target, cloudTrailEvent('AdminDeleteUser', first, 'us-east-1_Pool'));
    expect((await users.userBySub(first))?.status).toBe('deleted');
    const events = await own.takeEvents();
    expect(events.map((event) => event.type)).toEqual([
      'user.disabled',
      'user.enabled',
      'user.registered',
      'user.deleted',
    ]);
    expect(events[0]?.data['changes']).toEqual({ fields: ['emailVerified', 'status'] });

    // Hostile input changes nothing: a NUL in the sub, a lone surrogate, a huge one.
    for (const bad of [`${first}\u0000`, '\ud800', 'x'.repeat(10_000)]) {
      expect(
        await applyChange(target, cloudTrailEvent('AdminDeleteUser', bad, 'us-east-1_Pool')),
      ).toMatchObject({ outcome: 'ignored', reason: 'no usable sub in additionalEventData' });
    }
    // Nulls where the record has no parameters (CloudTrail sends null for those), and a
    // record nested thousands of levels deep: ignored, nothing written, no crash.
    let deep: Record<string, unknown> = { sub: second };
    for (let level = 0; level < 5_000; level++) deep = { inner: deep };
    for (const detail of [
      { requestParameters: null, additionalEventData: null },
      { responseElements: deep, additionalEventData: deep },
    ]) {
      expect(
        await applyChange(
          target,
          cloudTrailEvent('AdminDeleteUser', second, 'us-east-1_Pool', detail),
        ),
      ).toMatchObject({ outcome: 'ignored', reason: 'no sub in additionalEventData' });
    }
    expect(await users.userBySub(second)).toMatchObject({ status: 'active' });
    expect(await own.takeEvents()).toEqual([]);
  });

  it('migrates guests where the store has them, and finds none where every user has a sub', async () => {
    const own = await ownStore();
    const pool = fakePool(0);
    const deps = jobDeps(own, pool);
    await own.handle.users.linkOrCreate(fields(sub(5_000), 'linked@example.com'));
    const report = await runMigrateGuests(deps, { dryRun: true, all: false, rps: 100 });
    // A linked user is no guest, on either store (the PostgreSQL guest suite has the rest).
    expect(report.counts).toMatchObject({ scanned: 0, migrated: 0, failed: 0 });
  });
});

/** A fresh store of this kind for one test: the pools' emails repeat across tests. */
async function ownStoreOf(kind: TestStoreKind): Promise<TestStore> {
  const own = await kind.open();
  onTestFinished(() => own.close());
  return own;
}

// The lock is the store's: a second session is refused. PGlite is one session, where a
// second sync waits for the first instead, so it is not among these.
describe.each(TEST_STORES.filter((kind) => kind.name !== 'pglite'))(
  'one sync at a time on $name',
  (kind) => {
    const ownStore = () => ownStoreOf(kind);
    it('refuses a second sync on the same store while one runs', async () => {
      const own = await ownStore();
      const pool = fakePool(2, { sub: (i) => sub(4_000 + i) });
      const deps = jobDeps(own, pool);
      let second: unknown;
      await runSync(deps, sync, {
        onProgress: () => {
          second ??= runSync(deps, sync).catch((error: unknown) => error);
        },
      });
      expect(isUsersyncError(await second) && ((await second) as { code: string }).code).toBe(
        'CONFLICT',
      );
      // The lock is given back when the run ends.
      expect((await runSync(deps, sync)).counts).toMatchObject({ matched: 2 });
    });
  },
);

// A team's own DynamoDB table holds items usersync never wrote.
describe("the jobs on the team's own DynamoDB table", () => {
  const kind = TEST_STORES.find((candidate) => candidate.name === 'dynalite')!;
  const ownStore = () => ownStoreOf(kind);
  it("relinks and marks deleted items as the team's own table has them (no usersync attributes)", async () => {
    const own = await ownStore();
    const pool = fakePool(1, { sub: (i) => sub(6_000 + i) });
    const put = (item: Record<string, unknown>) =>
      own.dynamo!.client.send(
        new PutItemCommand({ TableName: own.dynamo!.usersTable, Item: marshall(item) }),
      );
    const stale = '0ddba11e-0000-4000-8000-000000000003';
    await put({
      userId: stale,
      developerId: 'dev-team',
      email: pool.emails[0],
      usersyncEmail: pool.emails[0],
    });
    await put({ userId: '0ddba11e-0000-4000-8000-000000000004', email: 'left@example.com' });
    const deps = jobDeps(own, pool);
    const report = await runSync(deps, { ...sync, markDeleted: true });
    expect(report.counts).toMatchObject({ linked: 1, markedDeleted: 1, failed: 0 });
    expect(await own.handle.users.userBySub(pool.subs[0]!)).toMatchObject({
      claims: { 'custom:developer_id': 'dev-team' },
      email: pool.emails[0],
    });
    expect((await own.handle.users.userBySub('0ddba11e-0000-4000-8000-000000000004'))?.status).toBe(
      'deleted',
    );
  });
});
