import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Config } from '../config/config.ts';

/** True when a URL points at this machine (the local emulator). */
export function isLoopbackUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
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
  });
}
