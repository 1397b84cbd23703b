import { UsersyncError } from '../domain/errors.ts';

/** The one message every AWS call's missing credentials get, whichever service it was. */
export const NO_CREDENTIALS_MESSAGE =
  'No AWS credentials: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where a role provides them.';

/**
 * The SDK's "Could not load credentials from any providers" as `CONFIG_INVALID` with
 * {@link NO_CREDENTIALS_MESSAGE}; `undefined` for any other error.
 */
export function missingCredentials(
  error: unknown,
  context: Record<string, unknown> = {},
): UsersyncError | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  if (name !== 'CredentialsProviderError') return undefined;
  return new UsersyncError('CONFIG_INVALID', NO_CREDENTIALS_MESSAGE, { cause: error, context });
}
