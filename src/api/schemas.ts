import { PASSWORD_MAX_LENGTH, PASSWORD_POLICY } from '../domain/password.ts';
import { z } from 'zod';
import { normalizeEmail } from '../domain/email.ts';
import { ERROR_CATALOG, type ErrorCode } from '../domain/errors.ts';
import { E164 } from '../domain/phone.ts';
import { isUnsafeText, jsonValueProblem } from '../domain/text.ts';
import { USER_STATUSES } from '../domain/user.ts';

/**
 * A string usersync may store or pass on: no NUL character, no unpaired surrogate (the
 * database refuses both, and Cognito would keep them). Every string input is one.
 */
export function safeString() {
  return z.string().refine((text) => !isUnsafeText(text), {
    error: 'must not contain NUL characters or unpaired surrogates',
  });
}

/** A name: trimmed, 1 to 256 characters. */
export const nameSchema = safeString().trim().min(1).max(256);

/**
 * An email, normalised (lower case): one person, one account, whatever the case. It is an
 * email as the OpenAPI document says (`format: email`, with zod's pattern), nothing laxer.
 */
export const emailSchema = z
  .email({ error: 'email must be a valid email address' })
  .max(254)
  .transform(normalizeEmail);

/**
 * The pool's password policy ({@link PASSWORD_POLICY}, the one setting the CDK app's pool
 * takes too), checked here so that the rule broken is named the same way on AWS and on the
 * emulator (which checks none).
 */
export const passwordSchema = safeString()
  .min(PASSWORD_POLICY.minLength, {
    error: `password must be at least ${PASSWORD_POLICY.minLength} characters`,
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  .regex(/[a-z]/, { error: 'password must contain a lower-case letter' })
  .regex(/[A-Z]/, { error: 'password must contain an upper-case letter' })
  .regex(/[0-9]/, { error: 'password must contain a digit' })
  .regex(/[^A-Za-z0-9]/, { error: 'password must contain a symbol' });

/** A password given to sign in: no policy, which would tell an attacker about the account. */
export const anyPasswordSchema = safeString().min(1).max(256);

/** A confirmation or reset code. */
export const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: 'code must be six digits' });

/** A phone number in E.164 form, as Cognito takes it. */
export const phoneSchema = z
  .string()
  .regex(E164, { error: 'phone must be in E.164 form, e.g. +15555550100' });

/** The largest profile object, serialised. */
export const PROFILE_MAX_BYTES = 16 * 1024;

/**
 * A profile: a JSON object of custom fields. Keys and string values anywhere inside must be
 * safe text, and it may nest at most `MAX_JSON_DEPTH` levels (checked without recursion,
 * so a body nested a million levels deep is a 400, not a stack overflow).
 */
export const profileSchema = z
  .record(safeString().min(1).max(64), z.unknown())
  .superRefine((profile, context) => {
    const problem = jsonValueProblem(profile, 'profile');
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });

/** A user's claims by claim name, each with a value of its claim's type. */
export const claimsJsonSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);

/** The user JSON of CONTRACT.md. */
export const userJsonSchema = z.object({
  id: z.string(),
  sub: z.string().nullable(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  claims: claimsJsonSchema,
  profile: z.record(z.string(), z.unknown()),
  status: z.enum(USER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});

/** The error body of every failure: a code of the catalog, and a message for people. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CATALOG) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
  }),
});

/**
 * The errors any route may answer: bad input, no or a bad token, not allowed, a rate limit,
 * and a database or Cognito that is down.
 */
export const routeErrors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  429: errorSchema,
  500: errorSchema,
  503: errorSchema,
};

/** The errors of a route that reads a JSON body: also too large (413) and not JSON (415). */
export const bodyRouteErrors = {
  ...routeErrors,
  409: errorSchema,
  413: errorSchema,
  415: errorSchema,
};

/** The token set of sign-in and refresh. */
export const tokensSchema = z.object({
  idToken: z.string(),
  accessToken: z.string(),
  refreshToken: z.string().optional(),
  expiresIn: z.number(),
});
