import { describe, expect, it } from 'vitest';
import { listPool, type ListingCheckpoint } from '../../../src/services/jobs/list-users.ts';
import { fakePool } from '../../support/fake-pool.ts';

// cognito-local ignores paging: these tests run on aws-sdk-client-mock (see fakePool).
describe('listing the pool (aws-sdk-client-mock: cognito-local returns one page)', () => {
  it.each([16, 1] as const)(
    'lists every user exactly once with %i segment(s), in pages of 60',
    async (segments) => {
      const { gateway, calls, subs, mock } = fakePool(700);
      const seen: string[] = [];
      const listed = await listPool(gateway, 'us-east-1_Pool', {
        segments,
        rps: 1_000,
        onPage: (users) => {
          seen.push(...users.map((user) => user.attributes['sub'] ?? ''));
          return Promise.resolve();
        },
      });
      expect(listed).toBe(700);
      expect(seen.sort()).toEqual([...subs].sort());
      expect(calls.every((call) => call.Limit === 60)).toBe(true);
      if (segments === 16) expect(new Set(calls.map((call) => call.Filter)).size).toBe(16);
      else expect(calls.every((call) => call.Filter === undefined)).toBe(true);
      mock.restore();
    },
  );

  it('retries throttled calls with backoff and still lists everyone', async () => {
    const { gateway, subs, mock } = fakePool(200, { throttleFirst: 3 });
    const seen = new Set<string>();
    await listPool(gateway, 'us-east-1_Pool', {
      segments: 1,
      rps: 1_000,
      onPage: (users) => {
        for (const user of users) seen.add(user.attributes['sub'] ?? '');
        return Promise.resolve();
      },
    });
    expect(seen.size).toBe(subs.length);
    mock.restore();
  });

  it('resumes an interrupted listing from its checkpoint without starting over', async () => {
    const { gateway, calls, subs, mock } = fakePool(3_000);
    const seen: string[] = [];
    const saved: ListingCheckpoint = {};
    let pages = 0;
    await expect(
      listPool(gateway, 'us-east-1_Pool', {
        segments: 16,
        rps: 1_000,
        onPage: (users, checkpoint) => {
          if (++pages > 20) throw new Error('interrupted');
          seen.push(...users.map((user) => user.attributes['sub'] ?? ''));
          Object.assign(saved, checkpoint);
          return Promise.resolve();
        },
      }),
    ).rejects.toThrow('interrupted');
    const firstRunCalls = calls.length;
    await listPool(gateway, 'us-east-1_Pool', {
      segments: 16,
      rps: 1_000,
      resumeFrom: saved,
      onPage: (users) => {
        seen.push(...users.map((user) => user.attributes['sub'] ?? ''));
        return Promise.resolve();
      },
    });
    // Pages listed again are at most the ones in flight when it stopped, one per segment.
    expect(new Set(seen).size).toBe(subs.length);
    expect(seen.length - subs.length).toBeLessThanOrEqual(16 * 60);
    expect(calls.length - firstRunCalls).toBeLessThan(calls.length);
    mock.restore();
  });
});
