import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { TEST_STORES, type TestStore } from '../support/stores.ts';

describe.each(TEST_STORES)('job runs in the $name store, as the console lists them', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('lists runs newest first with their state, and keeps a finished run’s details', async () => {
    const { jobRuns } = store.handle;
    const ids: string[] = [];
    for (const runKind of ['sync', 'backfill-claims', 'sync']) {
      ids.push(await jobRuns.insert({ kind: runKind, dryRun: true, options: { segments: 16 } }));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const details = [
      { status: 'updated', email: null, sub: 'a' },
      { status: 'created', email: null, sub: 'b' },
    ];
    await jobRuns.finish(ids[0] ?? '', {
      status: 'completed',
      error: null,
      counts: { updated: 1, created: 1 },
      details,
    });
    await jobRuns.finish(ids[1] ?? '', { status: 'failed', error: 'JOB_STOPPED', counts: {} });

    const first = await jobRuns.list({ limit: 2 });
    expect(first.items.map((run) => run.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[1]).toMatchObject({
      kind: 'backfill-claims',
      status: 'failed',
      error: 'JOB_STOPPED',
      finishedAt: expect.any(Date),
    });
    const rest = await jobRuns.list({ limit: 2, cursor: first.nextCursor ?? '' });
    expect(rest.items.map((run) => run.id)).toEqual([ids[0]]);
    expect(rest.nextCursor).toBeNull();
    expect(rest.items[0]).toMatchObject({
      kind: 'sync',
      status: 'completed',
      dryRun: true,
      options: { segments: 16 },
      counts: { updated: 1, created: 1 },
      startedAt: expect.any(Date),
      error: null,
    });

    expect(await jobRuns.details(ids[0] ?? '')).toEqual(details);
    expect(await jobRuns.details(ids[2] ?? '')).toEqual([]);
    expect((await jobRuns.find(ids[1] ?? ''))?.kind).toBe('backfill-claims');
    expect(await jobRuns.find(ids[1] ?? '', 'sync')).toBeUndefined();
    expect(await jobRuns.find('not-a-run')).toBeUndefined();
    const bad = await jobRuns
      .list({ limit: 2, cursor: "'; drop table x" })
      .catch((e: unknown) => e);
    expect(isUsersyncError(bad, 'VALIDATION_FAILED')).toBe(true);
  });
});
