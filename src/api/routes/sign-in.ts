import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SignInResult } from '../../cognito/auth-flows.ts';
import {
  CHALLENGE_NAMES,
  FIRST_FACTORS,
  MFA_TYPES,
  type ChallengeAnswer,
  type ChallengeName,
} from '../../cognito/challenges.ts';
import { UsersyncError, type ErrorCode } from '../../domain/errors.ts';
import { openChallenge, sealChallenge } from '../challenge-session.ts';
import type { AppDependencies } from '../dependencies.ts';
import type { AuthLimiter } from '../rate-limit.ts';
import {
  anyPasswordSchema,
  bodyRouteErrors,
  emailSchema,
  nameSchema,
  passwordSchema,
  phoneSchema,
  safeString,
  tokensSchema,
} from '../schemas.ts';
import { relabel } from './relabel.ts';

/** A one-time code: six digits for TOTP and MFA, up to eight for Cognito's sign-in codes. */
const challengeCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6,8}$/, { error: 'code must be six to eight digits' });

/** A challenge as the client gets it. */
const challengeSchema = z.object({
  challenge: z.object({
    name: z.enum(CHALLENGE_NAMES),
    session: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    available: z.array(z.string()).optional(),
  }),
});

/** What a sign-in step answers: tokens, or the next challenge. */
const signInAnswerSchema = z.union([tokensSchema, challengeSchema]);

/** A sign-in's answer as the API sends it: the tokens, or the challenge with its sealed session. */
function signInAnswer(result: SignInResult): z.infer<typeof signInAnswerSchema> {
  if ('tokens' in result) return result.tokens;
  const { challenge } = result;
  return {
    challenge: {
      name: challenge.name,
      session: sealChallenge(challenge),
      parameters: challenge.parameters,
      ...(challenge.available !== undefined && { available: challenge.available }),
    },
  };
}

/** A failed sign-in never says whether the account exists, or which part was wrong. */
const SIGN_IN_ERRORS: Partial<Record<ErrorCode, ErrorCode>> = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  NOT_FOUND: 'INVALID_CREDENTIALS',
  VALIDATION_FAILED: 'INVALID_CREDENTIALS',
};

/** A wrong code, or one for an account that does not exist, reads the same. */
const ANSWER_ERRORS: Partial<Record<ErrorCode, ErrorCode>> = {
  NOT_FOUND: 'CODE_MISMATCH',
};

const challengeBody = z.strictObject({
  session: safeString().min(1).max(24_576),
  name: z.enum(CHALLENGE_NAMES),
  code: challengeCodeSchema.optional(),
  newPassword: passwordSchema.optional(),
  password: anyPasswordSchema.optional(),
  choice: z.enum([...MFA_TYPES, ...FIRST_FACTORS]).optional(),
  credential: z.record(safeString().min(1).max(64), z.unknown()).optional(),
  deviceName: safeString().trim().min(1).max(128).optional(),
  attributes: z
    .strictObject({ name: nameSchema.optional(), phone: phoneSchema.optional() })
    .optional(),
});

type ChallengeBody = z.infer<typeof challengeBody>;

/** The field an answer to `name` must carry. */
function required<T>(value: T | undefined, field: string, name: ChallengeName): T {
  if (value === undefined) {
    throw new UsersyncError('VALIDATION_FAILED', `${field} is required to answer ${name}.`, {
      context: { field },
    });
  }
  return value;
}

/** The client's answer, checked against what its challenge takes. */
function answerOf(body: ChallengeBody): ChallengeAnswer {
  const { name } = body;
  switch (name) {
    case 'NEW_PASSWORD_REQUIRED':
      return {
        name,
        newPassword: required(body.newPassword, 'newPassword', name),
        ...(body.attributes !== undefined && {
          attributes: {
            ...(body.attributes.name !== undefined && { name: body.attributes.name }),
            ...(body.attributes.phone !== undefined && { phone_number: body.attributes.phone }),
          },
        }),
      };
    case 'SOFTWARE_TOKEN_MFA':
    case 'SMS_MFA':
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      return { name, code: required(body.code, 'code', name) };
    case 'SELECT_MFA_TYPE': {
      const choice = required(body.choice, 'choice', name);
      if (!(MFA_TYPES as readonly string[]).includes(choice)) {
        throw new UsersyncError(
          'VALIDATION_FAILED',
          `choice must be one of ${MFA_TYPES.join(', ')}.`,
          {
            context: { field: 'choice' },
          },
        );
      }
      return { name, choice: choice as (typeof MFA_TYPES)[number] };
    }
    case 'SELECT_CHALLENGE': {
      const choice = required(body.choice, 'choice', name);
      if (!(FIRST_FACTORS as readonly string[]).includes(choice)) {
        throw new UsersyncError(
          'VALIDATION_FAILED',
          `choice must be one of ${FIRST_FACTORS.join(', ')}.`,
          { context: { field: 'choice' } },
        );
      }
      return {
        name,
        choice: choice as (typeof FIRST_FACTORS)[number],
        ...(body.password !== undefined && { password: body.password }),
      };
    }
    case 'PASSWORD':
      return { name, password: required(body.password, 'password', name) };
    case 'WEB_AUTHN':
      return { name, credential: required(body.credential, 'credential', name) };
    case 'MFA_SETUP':
      return {
        name,
        ...(body.code !== undefined && { code: body.code }),
        ...(body.deviceName !== undefined && { deviceName: body.deviceName }),
      };
  }
}

/**
 * `POST /auth/login` and `POST /auth/challenge`: a sign-in, with every step Cognito may ask
 * for. Both are rate-limited per IP, and per email (the challenge: per the user it names)
 * like a password.
 */
export function signInRoutes(dependencies: AppDependencies, limiter: AuthLimiter) {
  const { flows } = dependencies.cognito;
  return async (app: FastifyInstance): Promise<void> => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    api.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in: tokens, or the next step Cognito asks for',
          description:
            'With email and password, a password sign-in (USER_PASSWORD_AUTH). With an email alone, or with `preferred`, choice-based sign-in (USER_AUTH): the preferred first factor, or SELECT_CHALLENGE with those available. A challenge is answered at POST /auth/challenge.',
          body: z.strictObject({
            email: emailSchema,
            password: anyPasswordSchema.optional(),
            preferred: z.enum(FIRST_FACTORS).optional(),
          }),
          response: { 200: signInAnswerSchema, ...bodyRouteErrors },
        },
      },
      async (request) => {
        const { email, password, preferred } = request.body;
        return limiter.guard(request.ip, email, 'credential', async () => {
          const result =
            password !== undefined && preferred === undefined
              ? flows.signIn(email, password)
              : flows.signInByChoice(email, preferred, password);
          return signInAnswer(await relabel(result, SIGN_IN_ERRORS));
        });
      },
    );

    api.post(
      '/auth/challenge',
      {
        schema: {
          tags: ['auth'],
          summary: 'Answer a sign-in challenge: tokens, or the next one',
          description:
            'The body names the challenge and its session, with the answer it takes: `code` (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP, SMS_OTP; MFA_SETUP once its secret is shown), `newPassword` (NEW_PASSWORD_REQUIRED), `choice` (SELECT_MFA_TYPE, SELECT_CHALLENGE), `password` (PASSWORD), `credential` (WEB_AUTHN). An expired or used session is 401 SESSION_EXPIRED.',
          body: challengeBody,
          response: { 200: signInAnswerSchema, ...bodyRouteErrors },
        },
      },
      async (request) => {
        const pending = openChallenge(request.body.session);
        if (pending.name !== request.body.name) {
          throw new UsersyncError(
            'VALIDATION_FAILED',
            `The session is for ${pending.name}, not ${request.body.name}.`,
            { context: { field: 'name' } },
          );
        }
        const answer = answerOf(request.body);
        return limiter.guard(request.ip, pending.username, 'credential', async () =>
          signInAnswer(await relabel(flows.respond(pending, answer), ANSWER_ERRORS)),
        );
      },
    );
  };
}
