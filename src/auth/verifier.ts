import { JwtVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import {
  JwksNotAvailableInCacheError,
  JwtExpiredError,
  KidNotFoundInJwksError,
  NonRetryableFetchError,
} from 'aws-jwt-verify/error';
import { SimpleFetcher, type Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache, SimplePenaltyBox } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { UsersyncError } from '../domain/errors.ts';

/** Which Cognito tokens a verifier accepts. */
export type TokenUse = 'id' | 'access';

/** The claims usersync reads from a verified Cognito token. */
export interface VerifiedToken {
  tokenUse: TokenUse;
  sub: string;
  /** The Cognito username (the `sub` in an email-username pool). */
  username: string;
  email: string | undefined;
  groups: string[];
  /** Seconds since the epoch. */
  exp: number;
  /** Every claim, as verified. */
  payload: JwtPayload;
}

/** Options for {@link createTokenVerifier}. */
export interface TokenVerifierOptions {
  userPoolId: string;
  clientId: string;
  /** @default `us-east-1` */
  region?: string;
  /**
   * The Cognito endpoint override (cognito-local). Its tokens are issued by
   * `<endpoint>/<userPoolId>`. `undefined` means AWS.
   */
  endpoint?: string | undefined;
  /** Which token uses are accepted; `null` accepts both id and access tokens, on purpose. */
  tokenUse: TokenUse | null;
  /** Clock skew tolerated on `exp`, `nbf` and `iat`. @default 5 */
  graceSeconds?: number;
  /** After a JWKS fetch for an unknown `kid` fails, wait this long before trying again. @default 10 */
  jwksRefetchWaitSeconds?: number;
  /**
   * Fetches the pool's JWKS. The local stack passes its own, which also takes plain http
   * from loopback (the emulator's); nothing else should. @default {@link HttpsOnlyFetcher}
   */
  jwksFetcher?: Fetcher;
}

/** Verifies Cognito tokens; rejects with `TOKEN_INVALID` or `TOKEN_EXPIRED`. */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
  /** The issuer tokens must carry. */
  readonly issuer: string;
  /**
   * Resolves once the pool's signing keys (JWKS) have been fetched: the first call fetches
   * them, later ones answer from memory (a key rotation is picked up by the first token
   * with an unknown `kid`). `UPSTREAM_UNAVAILABLE` when they cannot be fetched.
   */
  ready(): Promise<void>;
}

/** The issuer of a pool's tokens: AWS's, or the emulator's. */
export function issuerFor(
  options: Pick<TokenVerifierOptions, 'userPoolId' | 'region' | 'endpoint'>,
): string {
  if (options.endpoint !== undefined)
    return `${options.endpoint.replace(/\/$/, '')}/${options.userPoolId}`;
  return `https://cognito-idp.${options.region ?? 'us-east-1'}.amazonaws.com/${options.userPoolId}`;
}

/**
 * Fetches JWKS over https only, with aws-jwt-verify's timeouts: any other scheme is refused
 * before a request is made.
 */
export class HttpsOnlyFetcher extends SimpleFetcher {
  override async fetch(
    uri: string,
    requestOptions?: Record<string, unknown>,
    data?: ArrayBuffer,
  ): Promise<ArrayBuffer> {
    if (new URL(uri).protocol !== 'https:') {
      throw new NonRetryableFetchError(uri, 'JWKS must be fetched over https');
    }
    return super.fetch(uri, requestOptions, data);
  }
}

/**
 * Builds a verifier on aws-jwt-verify: RS256 signature against the pool's JWKS (cached;
 * an unknown `kid` refetches it, at most once per {@link TokenVerifierOptions.jwksRefetchWaitSeconds}),
 * `iss`, `exp` with a small grace, `token_use`, and the app client (`aud` for id tokens,
 * `client_id` for access tokens).
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const issuer = issuerFor(options);
  const jwksCache = new SimpleJwksCache({
    fetcher: options.jwksFetcher ?? new HttpsOnlyFetcher(),
    penaltyBox: new SimplePenaltyBox({ waitSeconds: options.jwksRefetchWaitSeconds ?? 10 }),
  });
  const verifier = JwtVerifier.create(
    {
      issuer,
      jwksUri: `${issuer}/.well-known/jwks.json`,
      // Checked per token use below: `aud` on id tokens, `client_id` on access tokens.
      audience: null,
      graceSeconds: options.graceSeconds ?? 5,
      customJwtCheck: ({ payload }) =>
        validateCognitoJwtFields(payload, {
          tokenUse: options.tokenUse,
          clientId: options.clientId,
          groups: null,
        }),
    },
    { jwksCache },
  );
  /**
   * The synchronous check when the JWKS and the token's key are cached (most calls; about
   * 1.7 times as fast as aws-jwt-verify's async path), the async one, which fetches the
   * JWKS under the penalty box, when they are not.
   */
  async function verifyCachedFirst(token: string): Promise<JwtPayload> {
    try {
      return verifier.verifySync(token);
    } catch (error) {
      if (
        error instanceof JwksNotAvailableInCacheError ||
        error instanceof KidNotFoundInJwksError
      ) {
        return verifier.verify(token);
      }
      throw error;
    }
  }

  let hydrated = false;
  return {
    issuer,
    async ready() {
      if (hydrated) return;
      try {
        await verifier.hydrate();
      } catch (error) {
        throw new UsersyncError(
          'UPSTREAM_UNAVAILABLE',
          `The pool's signing keys could not be fetched from ${issuer}/.well-known/jwks.json.`,
          { cause: error },
        );
      }
      hydrated = true;
    },
    async verify(token) {
      let payload: JwtPayload;
      try {
        payload = await verifyCachedFirst(token);
      } catch (error) {
        if (error instanceof JwtExpiredError)
          throw new UsersyncError('TOKEN_EXPIRED', undefined, { cause: error });
        throw new UsersyncError('TOKEN_INVALID', undefined, { cause: error });
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') {
        throw new UsersyncError('TOKEN_INVALID', 'The token has no subject.');
      }
      return toVerifiedToken(payload);
    },
  };
}

function toVerifiedToken(payload: JwtPayload): VerifiedToken {
  const tokenUse = payload['token_use'] as TokenUse;
  const groups = payload['cognito:groups'];
  const username =
    (tokenUse === 'id' ? payload['cognito:username'] : payload['username']) ?? payload.sub;
  return {
    tokenUse,
    sub: String(payload.sub ?? ''),
    username: typeof username === 'string' ? username : String(payload.sub ?? ''),
    email: typeof payload['email'] === 'string' ? payload['email'] : undefined,
    groups: Array.isArray(groups)
      ? groups.filter((group): group is string => typeof group === 'string')
      : [],
    exp: Number(payload.exp ?? 0),
    payload,
  };
}
