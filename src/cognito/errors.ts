import { missingCredentials } from '../aws/credentials.ts';
import { DUPLICATE_EMAIL_MESSAGE } from '../domain/email.ts';
import { NETWORK_ERROR_CODES, UsersyncError, type ErrorCode } from '../domain/errors.ts';

/** Cognito exception names mapped to usersync's stable codes. */
const BY_NAME: Record<string, ErrorCode> = {
  TooManyRequestsException: 'RATE_LIMITED',
  LimitExceededException: 'RATE_LIMITED',
  UsernameExistsException: 'USER_EXISTS',
  AliasExistsException: 'USER_EXISTS',
  CodeMismatchException: 'CODE_MISMATCH',
  ExpiredCodeException: 'CODE_MISMATCH',
  UserNotConfirmedException: 'USER_NOT_CONFIRMED',
  NotAuthorizedException: 'INVALID_CREDENTIALS',
  UserNotFoundException: 'NOT_FOUND',
  ResourceNotFoundException: 'NOT_FOUND',
  InvalidParameterException: 'VALIDATION_FAILED',
  InvalidPasswordException: 'VALIDATION_FAILED',
  PasswordResetRequiredException: 'PASSWORD_RESET_REQUIRED',
  InternalErrorException: 'UPSTREAM_UNAVAILABLE',
  EnableSoftwareTokenMFAException: 'CODE_MISMATCH',
  // A passkey's ceremony that does not hold: the wrong origin, relying party or challenge.
  WebAuthnChallengeNotFoundException: 'VALIDATION_FAILED',
  WebAuthnClientMismatchException: 'VALIDATION_FAILED',
  WebAuthnCredentialNotSupportedException: 'VALIDATION_FAILED',
  WebAuthnOriginNotAllowedException: 'VALIDATION_FAILED',
  WebAuthnRelyingPartyMismatchException: 'VALIDATION_FAILED',
  WebAuthnNotEnabledException: 'FLOW_NOT_ENABLED',
  WebAuthnConfigurationMissingException: 'FLOW_NOT_ENABLED',
};

/**
 * Turns an AWS SDK error from a Cognito call into a {@link UsersyncError} with a stable
 * code; the SDK error is kept as `cause` and the exception name in `context`.
 */
export function mapCognitoError(error: unknown, operation: string): UsersyncError {
  if (error instanceof UsersyncError) return error;
  const { name, code, message, $metadata } = (error ?? {}) as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const context = { operation, exception: name };
  const noCredentials = missingCredentials(error, context);
  if (noCredentials !== undefined) return noCredentials;
  if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException') {
    return new UsersyncError(
      'CONFIG_INVALID',
      `The AWS credentials may not call Cognito ${operation} (${name}).`,
      { cause: error, context },
    );
  }
  if (name === 'UserLambdaValidationException') return triggerRefusal(error, message, context);
  const mapped = name !== undefined ? BY_NAME[name] : undefined;
  if (mapped !== undefined) return new UsersyncError(mapped, message, { cause: error, context });
  if (
    (code !== undefined && NETWORK_ERROR_CODES.has(code)) ||
    ($metadata?.httpStatusCode ?? 0) >= 500
  ) {
    return new UsersyncError('UPSTREAM_UNAVAILABLE', `Cognito is unavailable (${operation}).`, {
      cause: error,
      context,
    });
  }
  return new UsersyncError('INTERNAL', `Cognito ${operation} failed.`, { cause: error, context });
}

/**
 * A trigger refused the operation. Cognito wraps the trigger's message in words that name
 * the trigger, or, under cognito-local, the Lambda function ("usersync-pre-sign-up failed
 * with error …"); none of it reaches a caller. A refusal of a taken email (PreSignUp's
 * {@link DUPLICATE_EMAIL_MESSAGE}) is `USER_EXISTS`. Any other is a trigger that failed (its
 * database down, say): `UPSTREAM_UNAVAILABLE`, with the message kept in the log only.
 */
function triggerRefusal(
  error: unknown,
  message: string | undefined,
  context: Record<string, unknown>,
): UsersyncError {
  if (message?.includes(DUPLICATE_EMAIL_MESSAGE) === true) {
    return new UsersyncError('USER_EXISTS', undefined, { cause: error, context });
  }
  return new UsersyncError('UPSTREAM_UNAVAILABLE', 'A Cognito trigger failed; try again.', {
    cause: error,
    context,
  });
}
