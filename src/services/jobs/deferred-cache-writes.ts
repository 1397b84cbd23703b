import { cacheUpdate } from '../../domain/attributes.ts';
import type { ClaimSet } from '../../domain/claims.ts';
import { isUsersyncError } from '../../domain/errors.ts';
import type { Logger } from '../../logging/logger.ts';
import type { DeferredCacheWrite } from '../../domain/quotas.ts';
import type { DeferredCacheWrites, UserStore } from '../../stores/store.ts';
import type { PoolRef } from './job.ts';

/** What the pass over deferred cache writes works with. */
export interface CacheWriteDeps {
  cacheWrites: DeferredCacheWrites;
  users: Pick<UserStore, 'userBySub'>;
  /** The pool, through a gateway that spends the jobs' part of the budget. */
  cognito: PoolRef;
  claims: ClaimSet;
  logger: Logger;
}

/** What one pass did. */
export interface CacheWriteCounts {
  /** Written to Cognito. */
  written: number;
  /** Gone from the store or from Cognito: nothing to write. */
  gone: number;
  /** Failed; kept for the next pass. */
  failed: number;
  /** Written, but the user's row changed each time: kept for the next pass. */
  changing: number;
}

/** How often a write is made again because the user's row changed while it was made. */
const WRITES_PER_USER = 3;

/** Writes made side by side in one pass: the budget, not this, sets the rate. */
const AT_ONCE = 8;

/**
 * Makes the claim-cache writes PreTokenGeneration deferred: for each, oldest first, the
 * user's claims as the store holds them now (not as they were at the sign-in) are written to
 * Cognito's cache, and the write is forgotten. The row's version is read again after the
 * write: a row that changed meanwhile is written again ({@link WRITES_PER_USER} times at
 * most, then kept for the next pass), so that an older write never lands over a newer
 * change's. A user gone from the store or from Cognito has nothing to write. A write that
 * fails stays for the next pass; one user's failure never stops the others.
 */
export async function applyDeferredCacheWrites(
  deps: CacheWriteDeps,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<CacheWriteCounts> {
  const counts: CacheWriteCounts = { written: 0, gone: 0, failed: 0, changing: 0 };
  const due = await deps.cacheWrites.due(options.limit ?? 500);
  const queue = [...due];
  const worker = async () => {
    for (let write = queue.shift(); write !== undefined; write = queue.shift()) {
      if (options.signal?.aborted === true) return;
      try {
        const outcome = await writeAsStored(deps, write);
        counts[outcome]++;
        if (outcome !== 'changing') await deps.cacheWrites.done(write);
      } catch (error) {
        if (isUsersyncError(error, 'NOT_FOUND')) {
          counts.gone++;
          await deps.cacheWrites.done(write).catch(() => undefined);
          continue;
        }
        counts.failed++;
        deps.logger.warn({ err: error, sub: write.sub }, 'deferred claim-cache write failed');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, due.length) }, worker));
  if (due.length > 0) deps.logger.info({ ...counts }, 'deferred claim-cache writes made');
  return counts;
}

/**
 * Writes the user's claims as the store holds them to Cognito's cache, until the row read
 * before a write is still the row after it (its version unchanged).
 */
async function writeAsStored(
  deps: CacheWriteDeps,
  write: DeferredCacheWrite,
): Promise<'written' | 'gone' | 'changing'> {
  let user = await deps.users.userBySub(write.sub);
  for (let attempt = 0; attempt < WRITES_PER_USER; attempt++) {
    if (user === undefined) return 'gone';
    await deps.cognito.gateway.adminUpdateUserAttributes(
      deps.cognito.userPoolId,
      write.username,
      cacheUpdate(deps.claims, user.claims),
    );
    const after = await deps.users.userBySub(write.sub);
    if (after?.version === user.version) return 'written';
    user = after;
  }
  return 'changing';
}

/**
 * Runs {@link applyDeferredCacheWrites} every `everyMs` until `signal` aborts, beside the
 * relay; a pass that fails is logged and the next one tries again. Resolves once stopped,
 * with no pass left running.
 */
export async function keepApplyingCacheWrites(
  deps: CacheWriteDeps,
  options: { signal: AbortSignal; everyMs?: number },
): Promise<void> {
  const everyMs = options.everyMs ?? 5_000;
  while (!options.signal.aborted) {
    try {
      await applyDeferredCacheWrites(deps, { signal: options.signal });
    } catch (error) {
      deps.logger.warn({ err: error }, 'the deferred claim-cache pass failed; it runs again');
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        options.signal.removeEventListener('abort', stop);
        resolve();
      }, everyMs);
      options.signal.addEventListener('abort', stop, { once: true });
    });
  }
}
