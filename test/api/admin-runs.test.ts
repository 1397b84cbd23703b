import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersyncError } from '../../src/domain/errors.ts';
import type { SyncEvent } from '../../src/services/jobs/launcher.ts';
import { postgresStore, type StoreHandle } from '../../src/stores/configured.ts';
import { FAKE_TOKENS, fakeApp, inject, type FakeApp } from '../support/fake-app.ts';

/**
 * The runs routes over fakes: what is handed to the launcher, what is refused before any
 * run is recorded, and a launch that fails, recorded and audited as failed.
 */
describe('admin runs routes', () => {
  let fake: FakeApp;
  let bare: FakeApp;
  let store: StoreHandle;
  const started: SyncEvent[] = [];
  let failNext = false;
  beforeAll(async () => {
    fake = await fakeApp({
      dependencies: {
        syncLauncher: {
          start: (event) => {
            if (failNext) {
              failNext = false;
              return Promise.reject(new UsersyncError('UPSTREAM_UNAVAILABLE'));
            }
            started.push(event);
            return Promise.resolve();
          },
        },
      },
    });
    store = postgresStore(fake.database);
    bare = await fakeApp();
  });
  afterAll(async () => {
    await fake?.close();
    await bare?.close();
  });

  const send = inject;

  it('records a dry run, hands it to the launcher by id, and answers 202 at once', async () => {
    const answer = await send(fake, 'POST', '/admin/runs', { createMissing: true });
    expect(answer.statusCode).toBe(202);
    const { runId } = answer.json<{ runId: string }>();
    expect(started).toEqual([
      {
        sync_cognito: true,
        dryRun: true,
        createMissing: true,
        markDeleted: false,
        segments: 16,
        rps: 25,
        resume: runId,
      },
    ]);
    expect(await store.jobRuns.find(runId, 'sync')).toMatchObject({
      status: 'running',
      dryRun: true,
      options: { createMissing: true, markDeleted: false, segments: 16, rps: 25, dryRun: true },
    });
  });

  it('applies only a completed dry run', async () => {
    const running = (await send(fake, 'POST', '/admin/runs', {})).json<{ runId: string }>().runId;
    const refused = await send(fake, 'POST', `/admin/runs/${running}/apply`);
    expect(refused.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    await store.jobRuns.finish(running, { status: 'completed', error: null, counts: {} });
    const applied = await send(fake, 'POST', `/admin/runs/${running}/apply`);
    expect(applied.statusCode).toBe(202);
    expect(started.at(-1)).toMatchObject({
      dryRun: false,
      resume: applied.json<{ runId: string }>().runId,
    });
    expect(
      (await send(fake, 'POST', '/admin/runs/00000000-0000-4000-8000-000000000000/apply'))
        .statusCode,
    ).toBe(404);
  });

  it('records a launch that fails as a failed run, audited with its code', async () => {
    failNext = true;
    const answer = await send(fake, 'POST', '/admin/runs', {});
    expect(answer.json()).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } });
    const [latest] = (await store.jobRuns.list({ limit: 1 })).items;
    expect(latest).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('UPSTREAM_UNAVAILABLE'),
    });
    const [entry] = (await store.audit.list({ limit: 1 })).items;
    expect(entry).toMatchObject({
      action: 'run.start',
      outcome: 'failed',
      detail: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  it('refuses a start where nothing can run it, bad input and a non-admin, recording no run', async () => {
    const before = (await store.jobRuns.list({ limit: 100 })).items.length;
    expect((await send(bare, 'POST', '/admin/runs', {})).json()).toMatchObject({
      error: { code: 'CONFIG_INVALID' },
    });
    for (const body of [{ dryRun: 'yes' }, { segments: 1 }, { markDeleted: null }]) {
      expect((await send(fake, 'POST', '/admin/runs', body)).statusCode).toBe(400);
    }
    for (const [method, url] of [
      ['GET', '/admin/runs'],
      ['GET', '/admin/runs/x'],
      ['POST', '/admin/runs'],
      ['POST', '/admin/runs/x/apply'],
    ] as const) {
      const answer = await send(
        fake,
        method,
        url,
        method === 'POST' ? {} : undefined,
        FAKE_TOKENS.user,
      );
      expect(answer.statusCode, url).toBe(403);
    }
    expect((await store.jobRuns.list({ limit: 100 })).items.length).toBe(before);
    expect((await send(fake, 'GET', '/admin/runs/not-a-run')).statusCode).toBe(404);
  });
});
