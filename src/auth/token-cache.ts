import { LRUCache } from 'lru-cache';
import type { TokenVerifier, VerifiedToken } from './verifier.ts';

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
