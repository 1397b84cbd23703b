import {
  claimAttributeRecord,
  claimsToAttributes,
  clearedClaimAttributes,
  differingClaims,
  readClaims,
} from '../domain/attributes.ts';
import { CLAIMS_SOURCE_CLAIM, ROLES_CLAIM, type User, type UserClaims } from '../domain/user.ts';
import { TIMED_OUT, within } from './budget.ts';
import type { TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/** How long the cache refresh may run in the background. */
const CACHE_UPDATE_TIMEOUT_MS = 3_000;

/** What a token usersync shaped carries, besides the claims. */
export interface TokenOverride {
  claims: Record<string, string>;
  /** Claims Cognito put in the id token from its cache that the DB has cleared. */
  suppress: string[];
}

/** The trigger source of a machine-to-machine token (V3 events): it has no user. */
const CLIENT_CREDENTIALS = 'TokenGeneration_ClientCredentials';

/**
 * PreTokenGeneration: `custom:developer_id`, `custom:user_type`, `custom:company_name` and the
 * app roles (`roles`, comma-separated) from the DB into every token, so APIs need no lookup.
 * Roles are not cached in Cognito: a token minted while the DB is down carries none, and
 * an API reads their absence as no roles (it fails closed).
 * - Both event shapes: V1 (`claimsOverrideDetails`, the id token) and V2/V3
 *   (`claimsAndScopeOverrideDetails`, the id and access tokens).
 * - Every token it shapes says where its claims came from ({@link CLAIMS_SOURCE_CLAIM}:
 *   `db`, or `cache` when the DB did not answer), so the API trusts the token's claims
 *   without a DB read, nulls included.
 * - A claim the DB has cleared is suppressed (`claimsToSuppress`): Cognito copies readable
 *   custom attributes into the id token itself, so the stale cached value would stay.
 * - The DB is read within a budget; when it is down or slower, the claims cached in
 *   Cognito's custom attributes (in the event) are used. It never throws.
 * - When the DB differs from the cache, the cache is refreshed (AdminUpdateUserAttributes)
 *   in the background, bounded in time; the token does not wait for it.
 * - A user the DB does not know, and a machine-to-machine token (no user), pass through
 *   unchanged.
 */
export function createPreTokenGenerationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { store, logger, preTokenBudgetMs } = dependencies;
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
    const cached = readClaims(attributes);
    const sub = attributes['sub'];
    if (sub === undefined) return raw;
    let user: User | undefined;
    try {
      const answer = await within(store.userBySub(sub), preTokenBudgetMs, (error) =>
        logger.warn({ err: error, sub }, 'the late DB read failed'),
      );
      if (answer !== TIMED_OUT) {
        user = answer;
        // Unknown to the DB: unchanged.
        if (user === undefined) return raw;
      } else {
        logger.warn(
          { sub, budgetMs: preTokenBudgetMs },
          'DB slower than the budget; token claims from the cache',
        );
      }
    } catch (error) {
      logger.warn({ err: error, sub }, 'DB unavailable; token claims from the cache');
    }
    if (user === undefined) {
      // No answer from the DB: the claims cached in Cognito, which the token has already.
      return withClaims(raw, {
        claims: { ...claimAttributeRecord(cached), [CLAIMS_SOURCE_CLAIM]: 'cache' },
        suppress: [],
      });
    }
    if (raw.userName != null && differingClaims(user, cached).length > 0) {
      refreshCache(dependencies, event.userPoolId, raw.userName, user);
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

function refreshCache(
  dependencies: TriggerDependencies,
  userPoolId: string,
  username: string,
  claims: UserClaims,
): void {
  const update = dependencies.cognito.adminUpdateUserAttributes(
    userPoolId,
    username,
    claimsToAttributes(claims),
  );
  const failed = (error: unknown): void => {
    dependencies.logger.warn({ err: error, username }, 'cached claims not refreshed');
  };
  void within(update, CACHE_UPDATE_TIMEOUT_MS, failed).catch(failed);
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
