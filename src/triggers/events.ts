import { z } from 'zod';
import { UsersyncError } from '../domain/errors.ts';
import type { CognitoTriggerEvent } from './types.ts';

/** The common shape of every Cognito trigger event; fields usersync does not read pass through. */
const baseEvent = z.looseObject({
  version: z.string().optional(),
  triggerSource: z.string(),
  region: z.string().optional(),
  userPoolId: z.string(),
  userName: z.string().optional(),
  callerContext: z.looseObject({ clientId: z.string().optional() }).optional(),
  request: z.looseObject({}),
  response: z.looseObject({}).nullable().optional(),
});

const attributes = z.record(z.string(), z.string());

/** PreSignUp, PostConfirmation, PostAuthentication, PreTokenGeneration: the user's attributes. */
export const withAttributes = baseEvent.extend({
  request: z.looseObject({ userAttributes: attributes }),
});

/** UserMigration: the username (an email here) and, for sign-in, the password. */
export const userMigrationEvent = baseEvent.extend({
  userName: z.string().min(1),
  request: z.looseObject({
    password: z.string().optional(),
    userAttributes: attributes.optional(),
  }),
});

/**
 * Validates a trigger event against its schema. A malformed event is a `VALIDATION_FAILED`
 * error (Cognito then fails the operation, which is right: usersync cannot know who it is).
 */
export function parseEvent<S extends z.ZodType>(
  schema: S,
  event: CognitoTriggerEvent,
): z.output<S> {
  const result = schema.safeParse(event);
  if (!result.success) {
    throw new UsersyncError(
      'VALIDATION_FAILED',
      `Malformed ${event?.triggerSource ?? 'trigger'} event.`,
      {
        context: {
          issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        },
      },
    );
  }
  return result.data;
}
