import { BatchWriteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { CognitoAttribute } from '../../../src/domain/attributes.ts';
import { isUsersyncError } from '../../../src/domain/errors.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import {
  runTableBackfillClaims,
  runTableImportProfiles,
  runTableSync,
  type TableJobDeps,
} from '../../../src/services/jobs/table-jobs.ts';
import { applyChange, tableChangeTarget } from '../../../src/events/cognito-changes.ts';
import { cloudTrailEvent } from '../../../support/cloudtrail.ts';
import { FakeGateway } from '../../support/fake-gateway.ts';
import { fakePool } from '../../support/fake-pool.ts';
import { TEST_STORES, type TestStore } from '../../support/stores.ts';

const dynalite = TEST_STORES.find((kind) => kind.name === 'dynalite');
const logger = createLogger({ level: 'silent' });

/**
 * `backfill-claims` and `import-profiles` on the DynamoDB store (dynalite): the table read
 * by parallel Scan segments and resumed where each segment stood; profiles filled only
 * where the item has no value. Cognito is the in-memory FakeGateway (backfill) and the
 * paging mock pool (import; cognito-local does not page).
 */
describe('the jobs on the DynamoDB store', () => {
  let store: TestStore;
  let table: TableJobDeps['store'];
  beforeAll(async () => {
    store = await dynalite!.open();
    table = { ...store.handle, table: store.handle.table! };
  });
  afterAll(async () => {
    await store?.close();
  });

  const sub = (i: number) => `7a7a7a7a-0000-4000-8000-${String(i).padStart(12, '0')}`;

  it('backfills the claims of every item with claims, segment by segment, and resumes', async () => {
    // 450 items as the team's table has them: 300 with claims, 150 without.
    const items = Array.from({ length: 450 }, (_, i) => ({
      userId: sub(i),
      ...(i % 3 !== 0 && { developerId: `dev-${i}`, userType: 'partner' }),
    }));
    for (let at = 0; at < items.length; at += 25) {
      await store.dynamo!.client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [store.dynamo!.usersTable]: items
              .slice(at, at + 25)
              .map((item) => ({ PutRequest: { Item: marshall(item) } })),
          },
        }),
      );
    }
    const gateway = new FakeGateway();
    const deps = { store: table, cognito: { gateway, userPoolId: 'us-east-1_Table' }, logger };
    const options = { dryRun: false, rps: 10_000, segments: 4 };

    const dry = await runTableBackfillClaims(deps, { ...options, dryRun: true });
    expect(dry.counts).toMatchObject({ scanned: 450, updated: 300, noClaims: 150, failed: 0 });
    expect(gateway.calls).toEqual([]);

    // Stopped after its first pages: the run is failed, and resumable.
    const stop = new AbortController();
    let runId = '';
    const stopped = await runTableBackfillClaims(deps, options, {
      signal: stop.signal,
      onRunStarted: (id) => (runId = id),
      onProgress: () => stop.abort(),
    }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(Error);
    const before = gateway.calls.length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(300);

    const resumed = await runTableBackfillClaims(deps, { ...options, resume: runId });
    expect(resumed.runId).toBe(runId);
    expect(resumed.counts).toMatchObject({ scanned: 450, noClaims: 150, failed: 0 });
    const written = new Map(
      gateway.calls.map((call) => [call.args[1] as string, call.args[2] as CognitoAttribute[]]),
    );
    expect(written.size).toBe(300);
    expect(written.get(sub(1))).toEqual([
      { Name: 'custom:developer_id', Value: 'dev-1' },
      { Name: 'custom:user_type', Value: 'partner' },
      { Name: 'custom:company_name', Value: '' },
    ]);
    // No page was written twice: each segment went on from where it stood.
    expect(gateway.calls).toHaveLength(300);

    const again = await runTableBackfillClaims(deps, { ...options, resume: runId }).catch(
      (error: unknown) => error,
    );
    expect(isUsersyncError(again) && again.code).toBe('CONFLICT');
  });

  it('imports Cognito attributes where the item has none, never replacing a stored value', async () => {
    const pool = fakePool(3, {
      sub: (i) => sub(1_000 + i),
      attributes: () => [
        { Name: 'name', Value: 'From Cognito' },
        { Name: 'locale', Value: 'fr' },
        { Name: 'custom:plan', Value: 'gold' },
      ],
    });
    const users = store.handle.users;
    const fields = (i: number, name: string | null) => ({
      sub: sub(1_000 + i),
      email: `import${i}@example.com`,
      emailVerified: true,
      name,
      phone: null,
    });
    // User 0 has nothing; user 1 has its own name and plan; user 2 is not in the table.
    await users.linkOrCreate(fields(0, null));
    const { user: own } = await users.linkOrCreate(fields(1, 'Own Name'));
    await users.updateProfile(
      own.id,
      { profileSet: { plan: 'silver' } },
      { maxProfileBytes: 4_096, beforeCommit: () => Promise.resolve() },
    );
    await store.takeEvents();

    const deps = {
      store: table,
      cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
      logger,
    };
    const report = await runTableImportProfiles(deps, { dryRun: false });
    expect(report.counts).toMatchObject({ scanned: 3, imported: 2, noDbUser: 1, failed: 0 });
    expect(await users.userBySub(sub(1_000))).toMatchObject({
      name: 'From Cognito',
      profile: { locale: 'fr', plan: 'gold' },
    });
    expect(await users.userBySub(sub(1_001))).toMatchObject({
      name: 'Own Name',
      profile: { locale: 'fr', plan: 'silver' },
    });
    const events = await store.takeEvents();
    expect(events.map((event) => [event.type, event.data['sub']]).sort()).toEqual([
      ['user.updated', sub(1_000)],
      ['user.updated', sub(1_001)],
    ]);
    const second = await runTableImportProfiles(deps, { dryRun: false });
    expect(second.counts).toMatchObject({ imported: 0, upToDate: 2, noDbUser: 1 });
    expect(await store.takeEvents()).toEqual([]);
  });

  it('relinks an item keyed by a stale sub to the user with its email, and reports conflicts', async () => {
    const pool = fakePool(5, { sub: (i) => sub(2_000 + i) });
    const put = (item: Record<string, unknown>) =>
      store.dynamo!.client.send(
        new PutItemCommand({ TableName: store.dynamo!.usersTable, Item: marshall(item) }),
      );
    const stale = '0ddba11e-0000-4000-8000-000000000001';
    // User 0 is matched; user 1's item kept the sub of a copied table; user 2's email is on
    // an item keyed by user 3, who lives; user 4 has no item at all.
    await put({ userId: pool.subs[0], email: pool.emails[0], usersyncEmail: pool.emails[0] });
    await put({
      userId: stale,
      developerId: 'dev-copied',
      email: pool.emails[1],
      usersyncEmail: pool.emails[1],
      usersyncVersion: 3,
    });
    await put({ userId: pool.subs[3], email: pool.emails[2], usersyncEmail: pool.emails[2] });
    await store.takeEvents();
    const deps = {
      store: table,
      cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
      logger,
    };

    const dry = await runTableSync(deps, { dryRun: true, createMissing: true });
    expect(dry.counts).toMatchObject({
      scanned: 5,
      matched: 2,
      linked: 1,
      conflicts: 1,
      created: 1,
      skippedNoDbUser: 0,
    });
    expect(await store.handle.users.userBySub(stale)).toBeDefined();
    expect(await store.takeEvents()).toEqual([]);

    const report = await runTableSync(deps, { dryRun: false, createMissing: true });
    expect(report.counts).toMatchObject({
      scanned: 5,
      matched: 2,
      linked: 1,
      conflicts: 1,
      skippedNoDbUser: 0,
      created: 1,
      failed: 0,
    });
    // The counts and details PostgreSQL's reconcile reports, by the same names.
    expect(report.details).toContainEqual({
      status: 'linked',
      email: pool.emails[1],
      sub: pool.subs[1],
      oldSub: stale,
      newSub: pool.subs[1],
    });
    expect(report.details).toContainEqual({
      status: 'conflict',
      email: pool.emails[2],
      sub: pool.subs[2],
      oldSub: pool.subs[3],
    });
    expect(await store.handle.users.userBySub(stale)).toBeUndefined();
    expect(await store.handle.users.userBySub(pool.subs[1]!)).toMatchObject({
      developerId: 'dev-copied',
      email: pool.emails[1],
      version: 4,
    });
    const events = await store.takeEvents();
    expect(events.map((event) => [event.type, event.data['changes'] ?? null])).toEqual(
      expect.arrayContaining([
        ['user.linked', { oldSub: stale, newSub: pool.subs[1] }],
        ['user.registered', null],
      ]),
    );
    expect(events).toHaveLength(2);

    const again = await runTableSync(deps, { dryRun: false, createMissing: true });
    expect(again.counts).toMatchObject({ matched: 4, linked: 0, created: 0, conflicts: 1 });
  });

  it('applies the change feed to items: disabled, enabled, deleted, and a missed sign-up made', async () => {
    // A table of its own: the pool's emails are the other tests' too.
    const own = await dynalite!.open();
    onTestFinished(() => own.close());
    const pool = fakePool(2, { sub: (i) => sub(3_000 + i) });
    const users = own.handle.users;
    const deps = {
      store: { ...own.handle, table: own.handle.table! },
      cognito: { gateway: pool.gateway, userPoolId: 'us-east-1_Pool' },
      logger,
    };
    const target = tableChangeTarget(deps, own.handle.ledger!);
    const [first, second] = [pool.subs[0]!, pool.subs[1]!];
    const { user: made } = await users.linkOrCreate({
      sub: first,
      email: pool.emails[0]!,
      emailVerified: false,
      name: null,
      phone: null,
    });
    await users.setClaims(made.id, { developerId: 'dev-3' });
    await own.takeEvents();

    pool.users[0]!.Enabled = false;
    const disabled = cloudTrailEvent('AdminDisableUser', first, 'us-east-1_Pool');
    expect(await applyChange(target, disabled)).toMatchObject({
      outcome: 'synced',
      sync: { outcome: 'updated', inCognito: true },
    });
    expect(await applyChange(target, disabled)).toMatchObject({ outcome: 'duplicate' });
    expect(await users.userBySub(first)).toMatchObject({
      status: 'disabled',
      developerId: 'dev-3',
    });

    pool.users[0]!.Enabled = true;
    await applyChange(target, cloudTrailEvent('AdminEnableUser', first, 'us-east-1_Pool'));
    expect((await users.userBySub(first))?.status).toBe('active');

    // A user whose PostConfirmation was missed: the feed makes the item.
    await applyChange(target, cloudTrailEvent('AdminConfirmSignUp', second, 'us-east-1_Pool'));
    expect(await users.userBySub(second)).toMatchObject({
      email: pool.emails[1],
      status: 'active',
    });

    pool.users.splice(0, 1);
    await applyChange(target, cloudTrailEvent('AdminDeleteUser', first, 'us-east-1_Pool'));
    expect((await users.userBySub(first))?.status).toBe('deleted');
    const events = await own.takeEvents();
    expect(events.map((event) => [event.type, event.data['changes'] ?? null])).toEqual([
      ['user.updated', { fields: ['status'] }],
      ['user.updated', { fields: ['status'] }],
      ['user.registered', null],
      ['user.deleted', null],
    ]);

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
});
