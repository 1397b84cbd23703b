import { LRUCache } from 'lru-cache';
import type { Fetcher } from 'aws-jwt-verify/https';
import { createTokenVerifier, type TokenVerifier, type VerifiedToken } from './verifier.ts';

/** Options for {@link withTokenCache}. */
export interface TokenCacheOptions {
  /** The most tokens kept. @default 10_000 */
  maxEntries?: number;
  /** The clock, in ms since the epoch (tests freeze it). @default Date.now */
  now?: () => number;
}

/**
 * Wraps a verifier with a bounded cache of verified tokens, keyed by the token's signature
 * and kept until the token's `exp`. A hit skips the RS256 check; the whole token must
 * match the cached one, so a forged payload under a copied signature is verified afresh
 * (and fails). Failures are never cached.
 */
export function withTokenCache(
  verifier: TokenVerifier,
  options: TokenCacheOptions = {},
): TokenVerifier {
  const now = options.now ?? Date.now;
  const cache = new LRUCache<string, { token: string; verified: VerifiedToken }>({
    max: options.maxEntries ?? 10_000,
    ttlAutopurge: false,
  });
  return {
    issuer: verifier.issuer,
    ready: () => verifier.ready(),
    async verify(token) {
      const signature = token.slice(token.lastIndexOf('.') + 1);
      const hit = cache.get(signature);
      if (hit !== undefined && hit.token === token && hit.verified.exp * 1000 > now())
        return hit.verified;
      const verified = await verifier.verify(token);
      const ttl = verified.exp * 1000 - now();
      if (ttl > 0) cache.set(signature, { token, verified }, { ttl });
      return verified;
    },
  };
}

/** Where an app client's tokens come from: its pool (and the emulator's endpoint, if any). */
export interface AppClientTokens {
  userPoolId: string;
  clientId: string;
  region?: string;
  endpoint?: string | undefined;
  /** @default https only, with aws-jwt-verify's timeouts */
  jwksFetcher?: Fetcher | undefined;
}

/**
 * The verifier every API-shaped caller uses (usersync's API, a team's app through the
 * package): id and access tokens of the app client, both on purpose (id tokens carry the
 * claims, access tokens the scopes), behind the verified-token cache.
 */
export function appClientVerifier(tokens: AppClientTokens): TokenVerifier {
  const { jwksFetcher, ...pool } = tokens;
  return withTokenCache(
    createTokenVerifier({
      ...pool,
      tokenUse: null,
      ...(jwksFetcher !== undefined && { jwksFetcher }),
    }),
  );
}
