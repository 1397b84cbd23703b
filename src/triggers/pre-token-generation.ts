import { getUserBySub } from '../db/users.ts';
import {
  claimsToAttributes,
  differingClaims,
  readClaims,
  CLAIM_ATTRIBUTES,
} from '../domain/attributes.ts';
import { ROLES_CLAIM, type User, type UserClaims } from '../domain/user.ts';
import { TIMED_OUT, within } from './budget.ts';
import { lambdaHandler, type TriggerDependencies } from './dependencies.ts';
import { parseEvent, withAttributes } from './events.ts';
import type { CognitoTriggerEvent, TriggerHandler } from './types.ts';

/** How long the cache refresh may run in the background. */
const CACHE_UPDATE_TIMEOUT_MS = 3_000;

/** The claims a token carries, as Cognito takes them (a null claim is left out). */
export function tokenClaims(claims: UserClaims): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(CLAIM_ATTRIBUTES) as [keyof UserClaims, string][]) {
    const value = claims[key];
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * PreTokenGeneration: `custom:developer_id`, `custom:user_type`, `custom:company_name` and the
 * app roles (`roles`, comma-separated) from the DB into every token, so APIs need no lookup.
 * Roles are not cached in Cognito: a token minted while the DB is down carries none, and
 * an API reads their absence as no roles (it fails closed).
 * - Both event shapes: V1 (`claimsOverrideDetails`, the id token) and V2/V3
 *   (`claimsAndScopeOverrideDetails`, the id and access tokens).
 * - The DB is read within a budget; when it is down or slower, the claims cached in
 *   Cognito's custom attributes (in the event) are used. It never throws.
 * - When the DB differs from the cache, the cache is refreshed (AdminUpdateUserAttributes)
 *   in the background, bounded in time; the token does not wait for it.
 * - A user the DB does not know passes through unchanged.
 */
export function createPreTokenGenerationHandler(dependencies: TriggerDependencies): TriggerHandler {
  const { db, logger, preTokenBudgetMs } = dependencies;
  return async (raw) => {
    let event;
    try {
      event = parseEvent(withAttributes, raw);
    } catch (error) {
      logger.error({ err: error }, 'malformed PreTokenGeneration event; token issued unchanged');
      return raw;
    }
    const attributes = event.request.userAttributes;
    const sub = attributes['sub'];
    let user: User | undefined;
    let answered = false;
    if (sub !== undefined) {
      try {
        const answer = await within(getUserBySub(db, sub), preTokenBudgetMs);
        if (answer === TIMED_OUT) {
          logger.warn(
            { sub, budgetMs: preTokenBudgetMs },
            'DB slower than the budget; token claims from the cache',
          );
        } else {
          answered = true;
          user = answer;
        }
      } catch (error) {
        logger.warn({ err: error, sub }, 'DB unavailable; token claims from the cache');
      }
    }
    if (user === undefined) {
      // Unknown to the DB: unchanged. No answer from the DB: the claims cached in Cognito.
      const fallback = answered ? {} : tokenClaims(readClaims(attributes));
      return Object.keys(fallback).length === 0 ? raw : withClaims(raw, fallback);
    }
    if (raw.userName !== undefined && differingClaims(user, readClaims(attributes)).length > 0) {
      refreshCache(dependencies, event.userPoolId, raw.userName, user);
    }
    return withClaims(raw, {
      ...tokenClaims(user),
      ...(user.roles.length > 0 && { [ROLES_CLAIM]: user.roles.join(',') }),
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
  void within(update, CACHE_UPDATE_TIMEOUT_MS).catch((error: unknown) => {
    dependencies.logger.warn({ err: error, username }, 'cached claims not refreshed');
  });
}

/** Adds claims in the shape the event's version asks for. */
export function withClaims(
  event: CognitoTriggerEvent,
  claims: Record<string, string>,
): CognitoTriggerEvent {
  const v2 = event.version === '2' || event.version === '3';
  const response = v2
    ? {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: claims },
          accessTokenGeneration: { claimsToAddOrOverride: claims },
        },
      }
    : { claimsOverrideDetails: { claimsToAddOrOverride: claims } };
  return { ...event, response: { ...event.response, ...response } };
}

/** The Lambda entry point. */
export const handler = lambdaHandler(createPreTokenGenerationHandler);
