import { cacheUpdate, presentCaches, readCachedClaims, staleCaches } from '../domain/attributes.ts';
import {
  CLAIMS_SOURCE_CLAIM,
  claimToText,
  tokenClaims,
  type ClaimSet,
  type Claims,
} from '../domain/claims.ts';
import type { User } from '../domain/user.ts';
import { TIMED_OUT, within, withinOrFail } from '../domain/budget.ts';
import { isThrottle } from '../cognito/quota.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/**
 * How long the cache refresh may take. It is awaited: a Lambda container is frozen once
 * its handler returns, so work left running then is done later or never.
 */
const CACHE_UPDATE_BUDGET_MS = 1_000;

/** How long keeping a deferred write in the store may take. */
const DEFER_BUDGET_MS = 500;

/** A claim's value in a token: typed in V2 and V3 events, text in V1 ({@link withClaims}). */
export type TokenValue = string | number | boolean | string[];

/** What a token usersync shaped carries: the claims of each token, and what to suppress. */
export interface TokenOverride {
  id: Record<string, TokenValue>;
  access: Record<string, TokenValue>;
  /** Claims Cognito put in the id token from its cache that the token must not carry. */
  suppress: string[];
}

/** The trigger source of a machine-to-machine token (V3 events): it has no user. */
const CLIENT_CREDENTIALS = 'TokenGeneration_ClientCredentials';

/**
 * PreTokenGeneration: the claim set's claims ({@link TriggerDependencies.claims}; by default
 * `custom:developer_id`, `custom:user_type`, `custom:company_name` and the app roles) from
 * the store into the tokens each claim names, so APIs need no lookup. V2 and V3 events keep
 * each claim's type (a number stays a number, roles are a list); V1 events take text (a
 * list comma-separated). Claims flow one way, store → token (and store → Cognito's cache): a value a user
 * wrote into a custom attribute never reaches a token as theirs.
 * - Both event shapes: V1 (`claimsOverrideDetails`, the id token) and V2/V3
 *   (`claimsAndScopeOverrideDetails`, the id and access tokens).
 * - Every token it shapes says where its claims came from ({@link CLAIMS_SOURCE_CLAIM}:
 *   `db`, `cache` or `none`), so an API trusts a `db` token's claims without a read, nulls
 *   included.
 * - Cognito copies readable custom attributes into the id token itself: a cached claim the
 *   store has cleared, or one a user wrote, is overridden or suppressed (`claimsToSuppress`).
 * - The store is read within a budget. When it is down or slower, the token carries what
 *   {@link TriggerDependencies.claimsFallback} says: the cached claims (`cache`, for a pool
 *   whose clients cannot write them) or none at all, Cognito's copies suppressed (`none`).
 *   It never throws. Roles are not cached: such a token has none (an API fails closed).
 * - When the store differs from the cache, the cache is refreshed (AdminUpdateUserAttributes)
 *   before the handler returns, within {@link CACHE_UPDATE_BUDGET_MS}. A refresh that found
 *   no room in usersync's share of the UserUpdate quota, failed or ran late is deferred
 *   (kept in the store for the relay's pass to make), logged and counted; the token is
 *   issued regardless.
 * - A user the store does not know, and a machine-to-machine token (no user), pass through
 *   unchanged, but for Cognito's copies of the claim attributes, which are suppressed.
 */
export function createPreTokenGenerationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { logger } = dependencies;
  return async (raw) => {
    if (raw?.triggerSource === CLIENT_CREDENTIALS) return raw;
    let event;
    try {
      event = parseEvent(withAttributes, raw);
    } catch (error) {
      logger.error({ err: error }, 'malformed PreTokenGeneration event; token issued unchanged');
      return raw;
    }
    const attributes = event.request.userAttributes;
    const sub = attributes['sub'];
    if (sub === undefined) return raw;
    const { claims } = dependencies;
    const present = presentCaches(claims, attributes);
    const user = await readUser(dependencies, sub);
    if (user === null) return withClaims(raw, fallbackOverride(dependencies, attributes));
    if (user === undefined) {
      // Unknown to the store: no claims of usersync's, and none a user wrote.
      return present.length === 0
        ? raw
        : withClaims(raw, { id: {}, access: {}, suppress: present });
    }
    const values = user.claims;
    if (raw.userName != null && staleCaches(claims, values, attributes).length > 0) {
      await refreshCache(dependencies, event.userPoolId, sub, raw.userName, values);
    }
    return withClaims(raw, shaped(claims, values, 'db', present));
  };
}

/**
 * The token override for these values: each token's claims, marked with their source, and
 * Cognito's copies of the caches suppressed where no claim of the same name replaces them
 * (a cleared claim, or one cached under another name).
 */
function shaped(
  claims: ClaimSet,
  values: Claims,
  source: 'db' | 'cache',
  present: readonly string[],
): TokenOverride {
  const id = { ...tokenClaims(claims, values, 'id'), [CLAIMS_SOURCE_CLAIM]: source };
  const access = { ...tokenClaims(claims, values, 'access'), [CLAIMS_SOURCE_CLAIM]: source };
  return { id, access, suppress: present.filter((name) => !(name in id)) };
}

/**
 * The user with this `sub` from the store within the budget: the user, `undefined` when the
 * store has none, `null` when the store did not answer in time (or failed).
 */
async function readUser(
  dependencies: TriggerDependencies,
  sub: string,
): Promise<User | undefined | null> {
  const { store, logger, preTokenBudgetMs } = dependencies;
  try {
    const answer = await within(store.userBySub(sub), preTokenBudgetMs, (error) =>
      logger.warn({ err: error, sub }, 'the late store read failed'),
    );
    if (answer !== TIMED_OUT) return answer;
    logger.warn(
      { sub, budgetMs: preTokenBudgetMs, fallback: dependencies.claimsFallback },
      'store slower than the budget; token claims from the fallback',
    );
  } catch (error) {
    logger.warn(
      { err: error, sub, fallback: dependencies.claimsFallback },
      'store unavailable; token claims from the fallback',
    );
  }
  return null;
}

/** What a token carries when the store did not answer, as the configured fallback says. */
function fallbackOverride(
  dependencies: TriggerDependencies,
  attributes: Readonly<Record<string, string>>,
): TokenOverride {
  const { claims } = dependencies;
  const present = presentCaches(claims, attributes);
  if (dependencies.claimsFallback === 'cache') {
    return shaped(claims, readCachedClaims(claims, attributes), 'cache', present);
  }
  const none = { [CLAIMS_SOURCE_CLAIM]: 'none' };
  return { id: none, access: none, suppress: present };
}

async function refreshCache(
  dependencies: TriggerDependencies,
  userPoolId: string,
  sub: string,
  username: string,
  values: Claims,
): Promise<void> {
  const { logger } = dependencies;
  const late = (error: unknown): void => {
    logger.warn({ err: error, sub }, 'the late claim-cache write failed');
  };
  let why: string;
  let failure: unknown;
  try {
    const update = dependencies.cognito.adminUpdateUserAttributes(
      userPoolId,
      username,
      cacheUpdate(dependencies.claims, values),
    );
    if ((await within(update, CACHE_UPDATE_BUDGET_MS, late)) !== TIMED_OUT) return;
    why = 'ran past its budget';
  } catch (error) {
    failure = error;
    why = isThrottle(error) ? 'no budget in time' : 'failed';
  }
  await deferCacheWrite(dependencies, sub, username, why, failure);
}

/**
 * Keeps a claim-cache write for later: the relay's pass makes it. Logged with a `metric`
 * field that the deployment's metric filter counts (`DeferredCacheWrites`). A write that
 * cannot even be kept (the store down as well) is logged as lost; the next sign-in, or
 * `backfill-claims`, makes it.
 */
async function deferCacheWrite(
  dependencies: TriggerDependencies,
  sub: string,
  username: string,
  why: string,
  failure: unknown,
): Promise<void> {
  const { logger } = dependencies;
  try {
    await withinOrFail(
      dependencies.cacheWrites.defer(sub, username),
      DEFER_BUDGET_MS,
      'Keeping the deferred claim-cache write',
      (error) => logger.warn({ err: error, sub }, 'the late deferral failed'),
    );
    logger.warn(
      { err: failure, sub, why, metric: 'DeferredCacheWrites' },
      'claim-cache write deferred',
    );
  } catch (error) {
    logger.error({ err: error, cause: failure, sub, why }, 'claim-cache write not kept');
  }
}

/**
 * Adds claims (and suppresses cleared ones) in the shape the event's version asks for: V2
 * and V3 both tokens, typed; V1 the id token, as text ({@link claimToText}). Cognito copies
 * custom attributes into the id token only, so only there is anything suppressed.
 */
export function withClaims(
  event: CognitoTriggerEvent,
  override: TokenOverride,
): CognitoTriggerEvent {
  const { id, access, suppress } = override;
  const v2 = event.version === '2' || event.version === '3';
  const suppressed = suppress.length > 0 ? { claimsToSuppress: suppress } : {};
  const response = v2
    ? {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: id, ...suppressed },
          accessTokenGeneration: { claimsToAddOrOverride: access },
        },
      }
    : {
        claimsOverrideDetails: {
          claimsToAddOrOverride: Object.fromEntries(
            Object.entries(id).map(([name, value]) => [name, claimToText(value)]),
          ),
          ...suppressed,
        },
      };
  return { ...event, response: { ...event.response, ...response } };
}
