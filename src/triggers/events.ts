import * as z from 'zod/mini';
import '../domain/zod-messages.ts';
import { attributeRecord } from '../domain/attributes.ts';
import { UsersyncError } from '../domain/errors.ts';
import type { CognitoTriggerEvent } from './types.ts';

/**
 * The common shape of every Cognito trigger event; fields usersync does not read pass
 * through. Cognito sends `null` where a reader would expect a value: `callerContext.clientId`
 * after AdminConfirmSignUp or a confirmation in the console, `userName` of a machine token.
 */
const baseShape = {
  version: z.nullish(z.string()),
  triggerSource: z.string(),
  region: z.nullish(z.string()),
  userPoolId: z.string(),
  userName: z.nullish(z.string()),
  callerContext: z.nullish(z.looseObject({ clientId: z.nullish(z.string()) })),
  request: z.looseObject({}),
  response: z.nullish(z.looseObject({})),
};

/**
 * A trigger's `userAttributes`: `null` (UserMigration sends it), absent (a machine token),
 * or a map whose values AWS's own samples give as booleans. Read as {@link attributeRecord}
 * reads them: strings, made storable.
 */
const attributes = z.pipe(
  z.nullish(z.record(z.string(), z.unknown())),
  z.transform(attributeRecord),
);

/** PreSignUp, PostConfirmation, PostAuthentication, PreTokenGeneration: the user's attributes. */
export const withAttributes = z.looseObject({
  ...baseShape,
  request: z.looseObject({ userAttributes: attributes }),
});

/**
 * UserMigration: the username (an email here) and, for sign-in, the password. Cognito sends
 * `userAttributes: null` and `validationData: null`, and a ForgotPassword migration may
 * carry `password: null`.
 */
export const userMigrationEvent = z.looseObject({
  ...baseShape,
  userName: z.string().check(z.minLength(1)),
  request: z.looseObject({
    password: z.nullish(z.string()),
    userAttributes: attributes,
    validationData: z.nullish(z.record(z.string(), z.unknown())),
  }),
});

/**
 * Validates a trigger event against its schema. A malformed event is a `VALIDATION_FAILED`
 * error (Cognito then fails the operation, which is right: usersync cannot know who it is).
 */
export function parseEvent<S extends z.ZodMiniType>(
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
