import { isIPv4 } from 'node:net';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Config } from '../config/config.ts';
import { CLIENT_TIMEOUTS } from '../aws/client-options.ts';

/**
 * True when a URL points at this machine (the local emulator): `localhost`, `[::1]`, or an
 * IPv4 address in 127.0.0.0/8. The host is parsed as an address, never matched as text:
 * `http://127.evil.example` is a name anyone can register, not loopback.
 */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    ({ hostname } = new URL(url));
  } catch {
    return false;
  }
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  // The URL parser writes IPv4 in its dotted form (http://127.1 becomes 127.0.0.1).
  return isIPv4(hostname) && hostname.split('.')[0] === '127';
}

/**
 * Builds the Cognito client from config: the endpoint override when one is set (with
 * placeholder credentials for an emulator on loopback, which checks none), AWS otherwise
 * (credentials from the SDK's default chain).
 */
export function createCognitoClient(config: {
  cognito: Pick<Config['cognito'], 'endpoint' | 'region'>;
}): CognitoIdentityProviderClient {
  const { endpoint, region } = config.cognito;
  const local = endpoint !== undefined && isLoopbackUrl(endpoint);
  return new CognitoIdentityProviderClient({
    region,
    ...(endpoint !== undefined && { endpoint }),
    ...(local && { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    maxAttempts: 3,
    ...CLIENT_TIMEOUTS,
  });
}
