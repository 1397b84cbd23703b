import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connection.ts';
import { stageListedUsers } from '../../../src/db/sync-listed.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { applyRecorded, planStaged } from '../../../src/services/jobs/reconcile.ts';
import { postgresUserStore } from '../../../src/stores/postgres/users.ts';
import { TEST_DATABASES } from '../../support/databases.ts';
import { cognitoUser } from '../../support/plan-arbitraries.ts';
import { postgresJobScope, postgresJobStore } from '../../../src/stores/postgres/jobs.ts';
import { DEFAULT_CLAIM_SET } from '../../../src/domain/claims.ts';

// A reconcile lists the pool for minutes, then plans, then applies. Users sign up, edit
// their profile and sign in all the while. This walks one run through those moments, in
// the order a run meets them, and holds that nothing written meanwhile is undone.

describe.each(TEST_DATABASES)(
  'a reconcile meets changes made while it runs, on $name',
  (database) => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await database.open();
    });
    afterAll(async () => {
      await handle?.close();
    });

    it('marks no new sign-up deleted, and overwrites no edit made during listing or before apply', async () => {
      const { db } = handle;
      const store = postgresUserStore(db);
      const deps = {
        store: postgresJobScope(db),
        cognito: { gateway: undefined as never, userPoolId: 'unused' },
        logger: createLogger({ level: 'silent' }),
        claims: DEFAULT_CLAIM_SET,
      };
      // Before the run: three users, one of them since gone from the pool.
      const { user: early } = await store.linkOrCreate({
        ...cognitoUser('sub-early', 'early@example.com', 'Early'),
      });
      const { user: late } = await store.linkOrCreate({
        ...cognitoUser('sub-late', 'late@example.com', 'Late'),
      });
      const { user: gone } = await store.linkOrCreate({
        ...cognitoUser('sub-gone', 'gone@example.com'),
      });

      const run = await db
        .insertInto('sync_runs')
        .values({ kind: 'sync', dry_run: false })
        .returning('id')
        .executeTakeFirstOrThrow();
      // While it lists: the pool as listed holds the two users with the names Cognito had then.
      await stageListedUsers(db, run.id, [
        cognitoUser('sub-early', 'early@example.com', 'Listed Early'),
        cognitoUser('sub-late', 'late@example.com', 'Listed Late'),
      ]);
      // …and meanwhile a new user signs up (after their page was listed) and another edits.
      const { user: newcomer } = await store.linkOrCreate(
        cognitoUser('sub-new', 'new@example.com'),
      );
      const noBudget = { maxProfileBytes: 10_000, beforeCommit: () => Promise.resolve() };
      await store.updateProfile(early.id, { name: 'Edited While Listing' }, noBudget);

      const { plan } = await planStaged(postgresJobStore(db), run.id, {
        createMissing: false,
        markDeleted: true,
        listingComplete: true,
      });
      expect(plan.counts).toMatchObject({ updated: 1, markedDeleted: 1, changedDuringRun: 2 });
      // Between planning and applying, the other user edits too.
      await store.updateProfile(late.id, { name: 'Edited Before Apply' }, noBudget);

      const failures = await applyRecorded(deps, plan);
      expect(failures).toEqual([]);
      const rows = new Map(
        (await db.selectFrom('users').select(['id', 'name', 'status']).execute()).map((row) => [
          row.id,
          row,
        ]),
      );
      expect(rows.get(newcomer.id)).toMatchObject({ status: 'active' });
      expect(rows.get(early.id)).toMatchObject({ name: 'Edited While Listing', status: 'active' });
      expect(rows.get(late.id)).toMatchObject({ name: 'Edited Before Apply', status: 'active' });
      expect(rows.get(gone.id)).toMatchObject({ status: 'deleted' });
      expect(plan.counts).toMatchObject({ updated: 0, markedDeleted: 1, changedDuringRun: 3 });
      const changed = plan.details.filter((detail) => detail.status === 'changedDuringRun');
      expect(changed.map((detail) => detail.sub).sort()).toEqual([
        'sub-early',
        'sub-late',
        'sub-new',
      ]);
      expect(changed.every((detail) => /changed while the run/.test(detail.reason ?? ''))).toBe(
        true,
      );
      // One event each for what was applied: the deletion, and nothing for the rest.
      const events = await db
        .selectFrom('outbox')
        .select(['type', 'aggregate_id'])
        .where('type', '=', 'user.deleted')
        .execute();
      expect(events).toEqual([{ type: 'user.deleted', aggregate_id: gone.id }]);
    });
  },
);
