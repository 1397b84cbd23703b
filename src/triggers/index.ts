import type { TriggerDependencies } from './dependencies.ts';
import { createPostAuthenticationHandler } from './post-authentication.ts';
import { createPostConfirmationHandler } from './post-confirmation.ts';
import { createPreSignUpHandler } from './pre-sign-up.ts';
import { createPreTokenGenerationHandler } from './pre-token-generation.ts';
import type { TriggerHandler } from './types.ts';
import { createUserMigrationHandler } from './user-migration.ts';

/** A Cognito trigger usersync handles: its Cognito name, its module, its Lambda function name, its factory. */
export interface TriggerDefinition {
  trigger: string;
  module: string;
  functionName: string;
  create: (dependencies: TriggerDependencies) => TriggerHandler;
}

/** Every trigger, one module each in `src/triggers/`. */
export const TRIGGERS: readonly TriggerDefinition[] = [
  { trigger: 'PreSignUp', module: 'pre-sign-up', create: createPreSignUpHandler },
  {
    trigger: 'PostConfirmation',
    module: 'post-confirmation',
    create: createPostConfirmationHandler,
  },
  {
    trigger: 'PreTokenGeneration',
    module: 'pre-token-generation',
    create: createPreTokenGenerationHandler,
  },
  {
    trigger: 'PostAuthentication',
    module: 'post-authentication',
    create: createPostAuthenticationHandler,
  },
  { trigger: 'UserMigration', module: 'user-migration', create: createUserMigrationHandler },
].map((definition) => ({ ...definition, functionName: `usersync-${definition.module}` }));

/** Function name → handler, built over one set of dependencies (the local stack's). */
export function triggerHandlers(dependencies: TriggerDependencies): Map<string, TriggerHandler> {
  return new Map(TRIGGERS.map(({ functionName, create }) => [functionName, create(dependencies)]));
}
