import {
  claimAttributeRecord,
  claimsToAttributes,
  clearedClaimAttributes,
  differingClaims,
  readClaims,
} from '../domain/attributes.ts';
import { CLAIMS_SOURCE_CLAIM, ROLES_CLAIM, type User, type UserClaims } from '../domain/user.ts';
import { TIMED_OUT, within } from '../domain/budget.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/**
 * How long the cache refresh may take. It is awaited: a Lambda container is frozen once
 * its handler returns, so work left running then is done later or never.
 */
const CACHE_UPDATE_BUDGET_MS = 1_000;

/** What a token usersync shaped carries, besides the claims. */
export interface TokenOverride {
  claims: Record<string, string>;
  /** Claims Cognito put in the id token from its cache that the token must not carry. */
  suppress: string[];
}

/** The trigger source of a machine-to-machine token (V3 events): it has no user. */
const CLIENT_CREDENTIALS = 'TokenGeneration_ClientCredentials';

/**
 * PreTokenGeneration: `custom:developer_id`, `custom:user_type`, `custom:company_name` and the
 * app roles (`roles`, comma-separated) from the store into every token, so APIs need no
 * lookup. Claims flow one way, store → token (and store → Cognito's cache): a value a user
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
 *   before the handler returns, within {@link CACHE_UPDATE_BUDGET_MS}; a refresh that fails
 *   or runs late is logged, and the token is issued regardless.
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
    const cached = readClaims(attributes);
    const user = await readUser(dependencies, sub);
    if (user === null) return withClaims(raw, fallbackOverride(dependencies, cached));
    if (user === undefined) {
      // Unknown to the store: no claims of usersync's, and none a user wrote.
      const suppress = presentClaimAttributes(cached);
      return suppress.length === 0 ? raw : withClaims(raw, { claims: {}, suppress });
    }
    if (raw.userName != null && differingClaims(user, cached).length > 0) {
      await refreshCache(dependencies, event.userPoolId, raw.userName, user);
    }
    return withClaims(raw, {
      claims: {
        ...claimAttributeRecord(user),
        ...(user.roles.length > 0 && { [ROLES_CLAIM]: user.roles.join(',') }),
        [CLAIMS_SOURCE_CLAIM]: 'db',
      },
      suppress: clearedClaimAttributes(user, cached),
    });
  };
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
function fallbackOverride(dependencies: TriggerDependencies, cached: UserClaims): TokenOverride {
  if (dependencies.claimsFallback === 'cache') {
    return {
      claims: { ...claimAttributeRecord(cached), [CLAIMS_SOURCE_CLAIM]: 'cache' },
      suppress: [],
    };
  }
  return { claims: { [CLAIMS_SOURCE_CLAIM]: 'none' }, suppress: presentClaimAttributes(cached) };
}

/** The claim attributes Cognito will copy into the id token (those with a value). */
function presentClaimAttributes(cached: UserClaims): string[] {
  return Object.keys(claimAttributeRecord(cached));
}

async function refreshCache(
  dependencies: TriggerDependencies,
  userPoolId: string,
  username: string,
  claims: UserClaims,
): Promise<void> {
  const { logger } = dependencies;
  const failed = (error: unknown): void => {
    logger.warn({ err: error, username }, 'cached claims not refreshed');
  };
  try {
    const update = dependencies.cognito.adminUpdateUserAttributes(
      userPoolId,
      username,
      claimsToAttributes(claims),
    );
    if ((await within(update, CACHE_UPDATE_BUDGET_MS, failed)) === TIMED_OUT) {
      logger.warn(
        { username, budgetMs: CACHE_UPDATE_BUDGET_MS },
        'cached claims refresh ran past its budget; the next token refreshes them again',
      );
    }
  } catch (error) {
    failed(error);
  }
}

/**
 * Adds claims (and suppresses cleared ones) in the shape the event's version asks for.
 * Cognito copies custom attributes into the id token only, so only there is anything
 * suppressed.
 */
export function withClaims(
  event: CognitoTriggerEvent,
  override: TokenOverride,
): CognitoTriggerEvent {
  const { claims, suppress } = override;
  const v2 = event.version === '2' || event.version === '3';
  const idToken = {
    claimsToAddOrOverride: claims,
    ...(suppress.length > 0 && { claimsToSuppress: suppress }),
  };
  const response = v2
    ? {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: idToken,
          accessTokenGeneration: { claimsToAddOrOverride: claims },
        },
      }
    : { claimsOverrideDetails: idToken };
  return { ...event, response: { ...event.response, ...response } };
}
