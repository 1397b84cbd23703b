import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import { UsersyncError, isUsersyncError } from '../domain/errors.ts';
import { TIMED_OUT, within } from '../domain/budget.ts';
import {
  DEFAULT_PRIORITY_PERCENT,
  DEFAULT_SHARES,
  QUOTA_CATEGORIES,
  type CallPriority,
  type QuotaCategory,
} from '../domain/quotas.ts';

export {
  COGNITO_QUOTAS,
  DEFAULT_PRIORITY_PERCENT,
  DEFAULT_SHARES,
  OPERATION_CATEGORIES,
  QUOTA_CATEGORIES,
  type CallPriority,
  type QuotaCategory,
} from '../domain/quotas.ts';

/** Windows a second: each holds its part of the share. */
export const WINDOWS_PER_SECOND = 10;
const WINDOW_MS = 1_000 / WINDOWS_PER_SECOND;

/** How long a throttle answer from Cognito halves the share, for every process. */
export const SHRINK_MS = 10_000;

/** How long a count may wait on the store before this process counts in memory. */
const STORE_BUDGET_MS = 1_000;

/** How long a process counts in memory after the store failed to count. */
const IN_MEMORY_MS = 10_000;

/** How often a process reads whether another has been throttled. */
const SHRINK_READ_EVERY_MS = 1_000;

/** What counts a budget's calls: rate-limiter-flexible limiters on the shared store. */
export interface QuotaCounters {
  limiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract;
}

/** Options for {@link cognitoBudget}. */
export interface BudgetOptions {
  /** The shared counters (the store's), so that every process spends one budget. */
  counters: QuotaCounters;
  /** Calls a second usersync may make, per category. @default {@link DEFAULT_SHARES} */
  shares?: Partial<Record<QuotaCategory, number>>;
  /** The part of each share each priority may fill. @default {@link DEFAULT_PRIORITY_PERCENT} */
  priorityPercent?: Partial<Record<CallPriority, number>>;
  /** Hears why the store could not count (this process then counts in memory). */
  onStoreError?: (error: unknown) => void;
  /** The clock. @default Date.now */
  now?: () => number;
}

/** What a budget has done, per category, since it was made. */
export interface BudgetStats {
  granted: number;
  /** Calls that waited for a later window. */
  waited: number;
  /** Calls refused because their wait would have passed its limit. */
  refused: number;
  /** Throttle answers from Cognito. */
  throttled: number;
}

/** Options of one {@link CognitoBudget.take}. */
export interface TakeOptions {
  /**
   * The longest the call may wait for budget; past it, `RATE_LIMITED` (nothing was sent to
   * Cognito). @default no limit
   */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

/** One budget per category, shared through the store, spent by priority. */
export interface CognitoBudget {
  /** Waits until a call of `category` may be made; throws `RATE_LIMITED` past `maxWaitMs`. */
  take(category: QuotaCategory, priority: CallPriority, options?: TakeOptions): Promise<void>;
  /** Cognito answered a call of `category` with a throttle: every process halves its share. */
  throttled(category: QuotaCategory): Promise<void>;
  /** The share in force now (halved while throttled). */
  shareNow(category: QuotaCategory): number;
  stats(): Record<QuotaCategory, BudgetStats>;
}

/** A waiting call. */
interface Waiter {
  grant(): void;
  refuse(error: Error): void;
  done: boolean;
}

/**
 * The part of `share` that window `index` of a second holds: the windows of a second hold
 * exactly `share` between them, spread as evenly as whole calls allow.
 */
export function windowAllotment(share: number, index: number): number {
  const k = index % WINDOWS_PER_SECOND;
  return (
    Math.floor(((k + 1) * share) / WINDOWS_PER_SECOND) -
    Math.floor((k * share) / WINDOWS_PER_SECOND)
  );
}

/**
 * A Cognito budget over shared counters. Each second is cut into {@link WINDOWS_PER_SECOND}
 * windows aligned on the clock; a window's counter (`cognito:<category>:<window>`) is one
 * row or item of the store, so every process counts in the same one. A call takes a point:
 * one atomic increment, and, when the window is past the caller's part, the points it could
 * not have are given back. So no aligned second holds more than the share, and no sliding
 * second more than the share and one window. Calls of one category and priority queue in
 * the process, and the queue takes its points in one increment, so a busy process makes a
 * few store calls a window, not one per Cognito call.
 *
 * A throttle answer from Cognito halves the share of its category for {@link SHRINK_MS},
 * in every process (a counter of its own, read at most once a second). When the store does
 * not answer within a second, the process counts in memory and `onStoreError` hears why.
 */
export function cognitoBudget(options: BudgetOptions): CognitoBudget {
  const now = options.now ?? Date.now;
  const shares = { ...DEFAULT_SHARES, ...options.shares };
  const percent = { ...DEFAULT_PRIORITY_PERCENT, ...options.priorityPercent };
  const windows = options.counters.limiter({
    keyPrefix: 'cognito',
    points: 1_000_000,
    duration: 2,
  });
  const throttles = options.counters.limiter({
    keyPrefix: 'cognito-throttled',
    points: 1_000_000,
    duration: SHRINK_MS / 1_000,
  });
  const memory = new Map<string, number>();
  const stats = Object.fromEntries(
    QUOTA_CATEGORIES.map((category) => [
      category,
      { granted: 0, waited: 0, refused: 0, throttled: 0 },
    ]),
  ) as Record<QuotaCategory, BudgetStats>;
  const shrunk = new Map<QuotaCategory, { until: number; readAt: number }>();
  const lanes = new Map<string, Waiter[]>();
  const pumping = new Set<string>();

  const storeFailed = (error: unknown) => options.onStoreError?.(error);

  /** How long the store takes to count, smoothed: where a count is aimed. */
  let storeLatency = 0;
  /** Until when this process counts in memory, the store having failed to count. */
  let inMemoryUntil = 0;

  /** Counts `points` in the window's counter; the count after them. */
  async function count(key: string, points: number): Promise<number> {
    if (now() >= inMemoryUntil) {
      try {
        const answer = await within(windows.consume(key, points), STORE_BUDGET_MS, storeFailed);
        if (answer !== TIMED_OUT) return answer.consumedPoints;
        storeFailed(new UsersyncError('DB_UNAVAILABLE', 'The quota counter did not answer.'));
      } catch (error) {
        storeFailed(error);
      }
      // A store that did not count is not asked again for a while: a call never waits a
      // second per window on it (as when the caller's own transaction holds the only
      // session of an embedded database).
      inMemoryUntil = now() + IN_MEMORY_MS;
    }
    const after = (memory.get(key) ?? 0) + points;
    memory.set(key, after);
    pruneMemory();
    return after;
  }

  /**
   * Counts `points` in the window's counter and keeps those that fit under `room` (every
   * priority's calls counted), giving the rest back; how many it kept.
   */
  async function claim(key: string, points: number, room: number): Promise<number> {
    const started = now();
    const after = await count(key, points);
    storeLatency = Math.min(STORE_BUDGET_MS, 0.7 * storeLatency + 0.3 * (now() - started));
    const kept = Math.max(0, points - Math.max(0, after - room));
    if (kept < points) await giveBack(key, points - kept);
    return kept;
  }

  async function giveBack(key: string, points: number): Promise<void> {
    if (memory.has(key)) {
      memory.set(key, (memory.get(key) ?? 0) - points);
      return;
    }
    try {
      await within(windows.reward(key, points), STORE_BUDGET_MS, storeFailed);
    } catch (error) {
      storeFailed(error);
    }
  }

  function pruneMemory(): void {
    const current = Math.floor(now() / WINDOW_MS);
    for (const key of memory.keys()) {
      if (Number(key.slice(key.lastIndexOf(':') + 1)) < current - 1) memory.delete(key);
    }
  }

  /** Whether the category is throttled now, by this process or, as last read, another. */
  async function isShrunk(category: QuotaCategory): Promise<boolean> {
    const at = now();
    const known = shrunk.get(category) ?? { until: 0, readAt: 0 };
    if (known.until > at) return true;
    if (at - known.readAt < SHRINK_READ_EVERY_MS) return false;
    let until = 0;
    if (at < inMemoryUntil) return false;
    try {
      const answer = await within(throttles.get(category), STORE_BUDGET_MS, storeFailed);
      if (answer !== TIMED_OUT && answer !== null && answer.consumedPoints > 0) {
        until = at + answer.msBeforeNext;
      }
    } catch (error) {
      storeFailed(error);
    }
    shrunk.set(category, { until, readAt: at });
    return until > at;
  }

  function shareNow(category: QuotaCategory): number {
    const share = shares[category];
    return (shrunk.get(category)?.until ?? 0) > now() ? Math.max(1, Math.floor(share / 2)) : share;
  }

  /** How far window `index` may be filled by `priority` (every priority's calls counted). */
  function ceiling(category: QuotaCategory, priority: CallPriority, index: number): number {
    const share = shareNow(category);
    const all = windowAllotment(share, index);
    const part = Math.floor((share * percent[priority]) / 100);
    return Math.min(all, windowAllotment(part, index));
  }

  async function pump(category: QuotaCategory, priority: CallPriority): Promise<void> {
    const lane = `${category}:${priority}`;
    if (pumping.has(lane)) return;
    pumping.add(lane);
    const queue = lanes.get(lane) ?? [];
    try {
      while (true) {
        while (queue[0]?.done === true) queue.shift();
        if (queue.length === 0) return;
        await isShrunk(category);
        // The window the calls will go out in: the store's answer takes time, so the count
        // is made in the window that will be current when it comes back.
        let index = Math.floor((now() + storeLatency) / WINDOW_MS);
        let room = ceiling(category, priority, index);
        const wanted = Math.min(queue.filter((waiter) => !waiter.done).length, room);
        let granted = 0;
        if (wanted > 0) {
          let key = `${category}:${index}`;
          granted = await claim(key, wanted, room);
          const early = index * WINDOW_MS - now();
          // Back before its window: the calls wait for it.
          if (granted > 0 && early > 0) await sleep(early);
          // Back after it: counted again in the current window, at most twice (a store
          // slower than a window would otherwise never let a call go).
          for (let again = 0; again < 2 && granted > 0 && now() >= inMemoryUntil; again++) {
            const current = Math.floor(now() / WINDOW_MS);
            if (current === index) break;
            index = current;
            room = ceiling(category, priority, index);
            key = `${category}:${index}`;
            granted = room === 0 ? 0 : await claim(key, Math.min(granted, room), room);
          }
          const waiting = queue.filter((waiter) => !waiter.done);
          const given = waiting.slice(0, granted);
          for (const waiter of given) {
            waiter.done = true;
            waiter.grant();
          }
          stats[category].granted += given.length;
          // Points claimed for calls that gave up meanwhile.
          if (granted - given.length > 0) await giveBack(key, granted - given.length);
        }
        if (granted < wanted || wanted === 0 || wanted === room) {
          const rest = queue.filter((waiter) => !waiter.done).length;
          if (rest === 0) continue;
          stats[category].waited += rest;
          await sleep((index + 1) * WINDOW_MS - now() + 1);
        }
      }
    } finally {
      pumping.delete(lane);
      if (queue.some((waiter) => !waiter.done)) void pump(category, priority);
    }
  }

  return {
    take(category, priority, takeOptions = {}) {
      const lane = `${category}:${priority}`;
      let queue = lanes.get(lane);
      if (queue === undefined) lanes.set(lane, (queue = []));
      const { maxWaitMs, signal } = takeOptions;
      signal?.throwIfAborted();
      const waiting = queue;
      return new Promise<void>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        // A job stopped while it waited: its signal's reason, as the job's other calls end.
        const onAbort = () =>
          waiter.refuse(
            signal?.reason instanceof Error
              ? signal.reason
              : new UsersyncError('JOB_STOPPED', 'Stopped while waiting for Cognito budget.'),
          );
        const waiter: Waiter = {
          done: false,
          grant: () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          refuse: (error) => {
            if (waiter.done) return;
            waiter.done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        if (maxWaitMs !== undefined) {
          timer = setTimeout(() => {
            stats[category].refused++;
            waiter.refuse(
              new UsersyncError(
                'RATE_LIMITED',
                `usersync's share of Cognito's ${category} quota is spent; try again shortly.`,
                { context: { category, priority, retryAfterSeconds: 1 } },
              ),
            );
          }, maxWaitMs);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(waiter);
        void pump(category, priority);
      });
    },

    async throttled(category) {
      stats[category].throttled++;
      const at = now();
      shrunk.set(category, { until: at + SHRINK_MS, readAt: at });
      try {
        await within(throttles.penalty(category, 1), STORE_BUDGET_MS, storeFailed);
      } catch (error) {
        storeFailed(error);
      }
    },

    shareNow,
    stats: () => structuredClone(stats),
  };
}

/** Whether an error is a budget's own refusal or Cognito's throttle: nothing was done. */
export function isThrottle(error: unknown): boolean {
  return isUsersyncError(error, 'RATE_LIMITED');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * Counters in this process's memory: the budget of a process that is the only one on its
 * store (the local stack, whose embedded database serves one session at a time).
 */
export function memoryCounters(): QuotaCounters {
  return { limiter: (options) => new RateLimiterMemory(options) };
}

/** How long a call from a trigger waits for budget: Cognito gives a trigger 5 seconds. */
export const TRIGGER_WAIT_MS = 500;
/** How long a call from the API waits for budget before it answers 429. */
export const API_WAIT_MS = 3_000;

/**
 * The process's budget from configuration (`COGNITO_SHARES`, `COGNITO_PRIORITY_PERCENT`) on
 * the store's counters; a store that cannot count is logged at most once a minute.
 */
export function configuredBudget(
  counters: QuotaCounters,
  quotas: {
    shares: Partial<Record<QuotaCategory, number>>;
    priorityPercent: Partial<Record<CallPriority, number>>;
  },
  logger: { warn(fields: object, message: string): void },
): CognitoBudget {
  let loggedAt = 0;
  return cognitoBudget({
    counters,
    shares: quotas.shares,
    priorityPercent: quotas.priorityPercent,
    onStoreError: (error) => {
      if (Date.now() - loggedAt < 60_000) return;
      loggedAt = Date.now();
      logger.warn(
        { err: error },
        'the store did not count a Cognito call; this process counts its own until it does',
      );
    },
  });
}
