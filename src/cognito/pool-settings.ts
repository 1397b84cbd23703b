import type {
  LambdaConfigType,
  UpdateUserPoolCommandInput,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';

/**
 * The settings UpdateUserPool takes that DescribeUserPool returns under the same name.
 * UpdateUserPool resets every setting it is not given to its default, so an update that
 * means to change one setting must send all of these back as they are.
 */
export const UPDATABLE_POOL_SETTINGS = [
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'AutoVerifiedAttributes',
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'MfaConfiguration',
  'DeviceConfiguration',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'DcrConfiguration',
  'AccountRecoverySetting',
  'UserPoolTier',
  'KeyConfiguration',
  'IssuerConfiguration',
  'AcrConfiguration',
] as const satisfies readonly (keyof UpdateUserPoolCommandInput & keyof UserPoolType)[];

/**
 * The UpdateUserPool request that gives `pool` the Lambda configuration `lambdaConfig` and
 * changes nothing else: every updatable setting is sent back as DescribeUserPool returned
 * it (the pool's name as `PoolName`). One exception Cognito makes: a pool whose password
 * policy sets `TemporaryPasswordValidityDays` still reports the deprecated
 * `AdminCreateUserConfig.UnusedAccountValidityDays`, and refuses an update that carries
 * both; the deprecated one is left out (the policy's value is the one in force).
 */
export function updateRequestFor(
  pool: UserPoolType,
  lambdaConfig: LambdaConfigType,
): UpdateUserPoolCommandInput {
  const request: UpdateUserPoolCommandInput = { UserPoolId: pool.Id };
  const settings = request as unknown as Record<string, unknown>;
  for (const name of UPDATABLE_POOL_SETTINGS) {
    if (pool[name] !== undefined) settings[name] = pool[name];
  }
  if (pool.Name !== undefined) request.PoolName = pool.Name;
  request.LambdaConfig = lambdaConfig;
  const temporaryDays = pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays;
  if (temporaryDays !== undefined && pool.AdminCreateUserConfig !== undefined) {
    const { UnusedAccountValidityDays: _deprecated, ...adminCreateUser } =
      pool.AdminCreateUserConfig;
    request.AdminCreateUserConfig = adminCreateUser;
  }
  return request;
}
