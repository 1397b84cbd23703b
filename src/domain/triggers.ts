/**
 * The Cognito triggers usersync provides: its name for each (the CLI's `TRIGGER` in
 * `--function TRIGGER=ARN`, and its Lambda function's) → the pool's `LambdaConfig` slot.
 */
export const TRIGGER_SLOTS = {
  'pre-sign-up': 'PreSignUp',
  'post-confirmation': 'PostConfirmation',
  'pre-token-generation': 'PreTokenGeneration',
  'post-authentication': 'PostAuthentication',
  'user-migration': 'UserMigration',
} as const;

/** One of usersync's triggers, by usersync's name. */
export type TriggerName = keyof typeof TRIGGER_SLOTS;

/** The event versions of PreTokenGeneration: V1 (every plan), V2 (Essentials and Plus). */
export const PRE_TOKEN_VERSIONS = ['V1_0', 'V2_0'] as const;
export type PreTokenVersion = (typeof PRE_TOKEN_VERSIONS)[number];
