/**
 * The password policy of the pools usersync makes: one setting, which the CDK app's pool
 * takes as its `passwordPolicy` and the API checks at sign-up, reset and change, so that a
 * password the API lets through is one Cognito takes (and the rule broken is named the same
 * way on AWS and on the emulator, which checks none). The keys are CDK's.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
} as const;

/** The longest password the API takes (Cognito's limit). */
export const PASSWORD_MAX_LENGTH = 256;
