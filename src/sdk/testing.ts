import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Fetcher } from 'aws-jwt-verify/https';
import { issuerFor } from '../auth/verifier.ts';
import type { Config } from '../config/config.ts';
import { CLAIMS_SOURCE_CLAIM, type Claims } from '../domain/claims.ts';

// Tokens for a team's own tests: signed by a key made for the test run, and accepted by a
// usersync given this helper's `jwksFetcher`, so a guard is tested without Cognito.

/** What {@link TestTokens.sign} puts in a token. */
export interface TestTokenOptions {
  /** @default a random UUID */
  sub?: string;
  /** @default `id` */
  tokenUse?: 'id' | 'access';
  /** Cognito groups (`cognito:groups`). @default none */
  groups?: string[];
  /**
   * Claims as usersync's PreTokenGeneration puts them (the token says they came from the
   * store, so `claimsOf` reads no store). @default none: the claims are read from the store
   */
  claims?: Claims;
  /** Seconds until it expires; negative for an expired token. @default 3600 */
  expiresIn?: number;
  /** Any other claim (`email`, or one to tamper with). */
  extra?: Record<string, unknown>;
}

/** Signs tokens a test's usersync accepts. */
export interface TestTokens {
  /** Pass to `createUsersync({ jwksFetcher })`: it answers the test key for the pool. */
  jwksFetcher: Fetcher;
  /** A signed token of the pool and app client. */
  sign(options?: TestTokenOptions): string;
}

/** Makes a signing key for one test run, for the pool and app client of `config`. */
export function createTestTokens(config: Pick<Config, 'cognito'>): TestTokens {
  const { userPoolId, clientId, region, endpoint } = config.cognito;
  if (userPoolId === undefined || clientId === undefined)
    throw new TypeError('createTestTokens needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID');
  const issuer = issuerFor({ userPoolId, region, endpoint });
  const kid = randomUUID();
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = JSON.stringify({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
  });
  return {
    jwksFetcher: {
      fetch: async () => new TextEncoder().encode(jwks).buffer,
    },
    sign: (options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const sub = options.sub ?? randomUUID();
      const tokenUse = options.tokenUse ?? 'id';
      const payload = {
        sub,
        iss: issuer,
        token_use: tokenUse,
        ...(tokenUse === 'id'
          ? { aud: clientId, 'cognito:username': sub }
          : { client_id: clientId, username: sub }),
        ...(options.groups !== undefined && { 'cognito:groups': options.groups }),
        ...(options.claims !== undefined && { ...options.claims, [CLAIMS_SOURCE_CLAIM]: 'db' }),
        iat: now,
        auth_time: now,
        exp: now + (options.expiresIn ?? 3600),
        jti: randomUUID(),
        ...options.extra,
      };
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const unsigned = `${encode({ alg: 'RS256', kid, typ: 'JWT' })}.${encode(payload)}`;
      const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey, 'base64url');
      return `${unsigned}.${signature}`;
    },
  };
}
