import type { CognitoGateway } from '../cognito/gateway.ts';
import type { ClaimSet } from '../domain/claims.ts';
import type { Logger } from '../logging/logger.ts';
import type { DeferredCacheWrites, UserStore } from '../stores/store.ts';

/** What every trigger handler is built from. */
export interface TriggerDependencies {
  /** The user store (PostgreSQL or DynamoDB). */
  store: UserStore;
  logger: Logger;
  /**
   * Cognito admin calls (linking identities, caching claims), spending the interactive part
   * of the shared budget with a short wait.
   */
  cognito: CognitoGateway;
  /** Where a claim-cache write that found no budget in time is kept until it is made. */
  cacheWrites: Pick<DeferredCacheWrites, 'defer'>;
  /**
   * How long the sign-in triggers (PreTokenGeneration, PostAuthentication) wait for the DB
   * before they go on without it. @default 1_500
   */
  preTokenBudgetMs: number;
  /**
   * What PreTokenGeneration issues when the store does not answer within the budget:
   * `none`, no claims (and Cognito's copies of the cached attributes suppressed); `cache`,
   * the claims cached in Cognito's custom attributes. Choose `cache` only for a pool whose
   * app clients cannot write those attributes: otherwise a user could write their own
   * claims and have them issued. Never left out: the choice is made on purpose.
   */
  claimsFallback: 'none' | 'cache';
  /** The claims tokens carry, and which of them Cognito caches (`Config.claims`). */
  claims: ClaimSet;
}
