import { UsersyncError } from '../domain/errors.ts';
import { CLIENT_TIMEOUTS } from './client-options.ts';

/**
 * The text of a Secrets Manager secret, read with a client in the secret's region. One that
 * cannot be read is `CONFIG_INVALID` naming `variable` (the secret's value never appears).
 */
export async function readSecretText(arn: string, variable: string): Promise<string> {
  // Loaded only by a function configured with a secret.
  const { GetSecretValueCommand, SecretsManagerClient } =
    await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({
    region: arn.split(':')[3],
    maxAttempts: 3,
    ...CLIENT_TIMEOUTS,
  });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
    if (SecretString === undefined) throw new Error('the secret holds no text');
    return SecretString.trim();
  } catch (error) {
    throw new UsersyncError(
      'CONFIG_INVALID',
      `Invalid configuration: ${variable} could not be read (${(error as Error).name}).`,
      { cause: error, context: { variable } },
    );
  } finally {
    client.destroy();
  }
}
