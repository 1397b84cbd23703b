import type { CognitoGateway, CognitoUser } from '../../cognito/gateway.ts';
import { throttledCalls } from './throttle.ts';

/** The hex digits a `sub` starts with: one listing segment each. */
export const HEX_SEGMENTS = [...'0123456789abcdef'];

/** Where each segment's listing stands: its next pagination token, or `done`. */
export type ListingCheckpoint = Record<string, { nextToken?: string; done?: boolean }>;

/** Options for {@link listPool}. */
export interface ListPoolOptions {
  /** 1 (one sequential listing) or 16 (by `sub` prefix, side by side). @default 16 */
  segments?: 1 | 16;
  /** ListUsers calls per second, across segments. @default 25 (Cognito's quota is 30) */
  rps?: number;
  /** Users per page (Cognito's maximum). @default 60 */
  pageSize?: number;
  /** A checkpoint from an interrupted run: finished segments are skipped, the others resume. */
  resumeFrom?: ListingCheckpoint;
  /**
   * Called with each page, in order per segment, and that segment's entry of the
   * checkpoint just past the page. Awaited before the segment's next call, so a caller can
   * handle the page, then merge the entry into the checkpoint it keeps: segments run side
   * by side, so a whole checkpoint taken while another segment's page is being handled
   * would be stale for that segment.
   */
  onPage: (users: CognitoUser[], checkpoint: ListingCheckpoint) => Promise<void>;
  /** Retries of a throttled or failed call, with exponential backoff. @default 6 */
  retries?: number;
  signal?: AbortSignal;
}

/** The segment keys of a listing. */
function segmentKeys(segments: 1 | 16): string[] {
  return segments === 16 ? HEX_SEGMENTS : ['all'];
}

/**
 * Lists every user of a pool with ListUsers pages of 60. With 16 segments the listing is
 * split by `sub` prefix (`sub ^= "0"` … `"f"`) and the segments run side by side: one page
 * at a time, listing is bound by latency, not by the quota, and segments are how it
 * reaches the quota. One token bucket (`rps`) bounds the calls of all segments;
 * `TooManyRequestsException` and transient failures are retried with backoff. Returns the
 * number of users listed.
 */
export async function listPool(
  gateway: CognitoGateway,
  userPoolId: string,
  options: ListPoolOptions,
): Promise<number> {
  const segments = options.segments ?? 16;
  // The first segment to fail stops the others, and the listing ends only when all have
  // stopped: no page is handled after listPool has returned or thrown.
  const stop = new AbortController();
  const signal =
    options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  const throttled = throttledCalls({
    rps: options.rps ?? 25,
    ...(options.retries !== undefined && { retries: options.retries }),
    signal,
  });
  const checkpoint: ListingCheckpoint = structuredClone(options.resumeFrom ?? {});
  let listed = 0;

  const fetchPage = (filter: string | undefined, paginationToken: string | undefined) =>
    throttled(() =>
      gateway.listUsersPage(userPoolId, {
        limit: options.pageSize ?? 60,
        ...(filter !== undefined && { filter }),
        ...(paginationToken !== undefined && { paginationToken }),
      }),
    );

  const outcomes = await Promise.allSettled(
    segmentKeys(segments).map(async (key) => {
      try {
        const filter = key === 'all' ? undefined : `sub ^= "${key}"`;
        let state = checkpoint[key] ?? {};
        while (state.done !== true) {
          signal.throwIfAborted();
          const page = await fetchPage(filter, state.nextToken);
          signal.throwIfAborted();
          state = page.nextToken === undefined ? { done: true } : { nextToken: page.nextToken };
          listed += page.users.length;
          await options.onPage(page.users, { [key]: state });
          checkpoint[key] = state;
        }
      } catch (error) {
        stop.abort(error);
        throw error;
      }
    }),
  );
  if (stop.signal.aborted) throw stop.signal.reason;
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return listed;
}
