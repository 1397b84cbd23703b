import { NonRetryableFetchError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { HttpsOnlyFetcher } from '../auth/verifier.ts';
import { isLoopbackUrl } from '../cognito/client.ts';

/** How long the emulator's JWKS may take to answer. */
const FETCH_TIMEOUT_MS = 3_000;

/**
 * cognito-local serves its JWKS over plain http, which the production verifier refuses.
 * This fetcher, for the one-machine stack only, takes plain http from a loopback address
 * (parsed, not matched as text) and https from anywhere; anything else is refused before a
 * request is made.
 */
export class LoopbackJwksFetcher extends HttpsOnlyFetcher {
  override async fetch(
    uri: string,
    requestOptions?: Record<string, unknown>,
    data?: ArrayBuffer,
  ): Promise<ArrayBuffer> {
    const url = new URL(uri);
    if (url.protocol === 'https:') return super.fetch(uri, requestOptions, data);
    if (url.protocol !== 'http:' || !isLoopbackUrl(uri)) {
      throw new NonRetryableFetchError(
        uri,
        'JWKS must be fetched over https (plain http only from loopback)',
      );
    }
    const response = await fetch(uri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok)
      throw new NonRetryableFetchError(uri, `Status code is ${response.status}, expected 200`);
    return response.arrayBuffer();
  }
}

/**
 * The JWKS fetcher a command needs for `endpoint`: the loopback one when the Cognito
 * endpoint is an emulator on this machine, else `undefined` (the verifier's https-only
 * default).
 */
export function emulatorJwksFetcher(endpoint: string | undefined): Fetcher | undefined {
  return endpoint !== undefined && isLoopbackUrl(endpoint) ? new LoopbackJwksFetcher() : undefined;
}
