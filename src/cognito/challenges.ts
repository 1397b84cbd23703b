import { UsersyncError } from '../domain/errors.ts';

/**
 * The sign-in steps Cognito may ask for that the API carries to its client: after a
 * password (MFA, a first password), or in choice-based sign-in (`USER_AUTH`). Cognito's
 * others (`CUSTOM_CHALLENGE`, SRP and device steps) need a client of Cognito's own, and are
 * refused.
 */
export const CHALLENGE_NAMES = [
  'NEW_PASSWORD_REQUIRED',
  'SOFTWARE_TOKEN_MFA',
  'SMS_MFA',
  'EMAIL_OTP',
  'SMS_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'SELECT_CHALLENGE',
  'WEB_AUTHN',
  'PASSWORD',
] as const;

export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

/** The first factors of choice-based sign-in a client may prefer, or pick. */
export const FIRST_FACTORS = ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD'] as const;
export type FirstFactor = (typeof FIRST_FACTORS)[number];

/**
 * The second factors a user with more than one picks from (`SELECT_MFA_TYPE`); an email
 * code as a second factor is Cognito's `EMAIL_OTP` challenge.
 */
export const MFA_TYPES = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'] as const;

/** A step Cognito asks for before it gives tokens. */
export interface Challenge {
  name: ChallengeName;
  /** Cognito's session, which binds the answer to this sign-in. Never logged. */
  session: string;
  /** The Cognito username the answer must name (its `USER_ID_FOR_SRP`, or the one signed in with). */
  username: string;
  /**
   * What the client needs to answer: Cognito's challenge parameters, those that are JSON
   * (`CREDENTIAL_REQUEST_OPTIONS`, `MFAS_CAN_CHOOSE`, `requiredAttributes`…) parsed, and
   * the username left out.
   */
  parameters: Record<string, unknown>;
  /** The choices of `SELECT_CHALLENGE` (Cognito's `AvailableChallenges`). */
  available?: string[];
}

/** A client's answer to a {@link Challenge}, by its name. */
export type ChallengeAnswer =
  | { name: 'NEW_PASSWORD_REQUIRED'; newPassword: string; attributes?: Record<string, string> }
  | { name: 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP'; code: string }
  | { name: 'SELECT_MFA_TYPE'; choice: (typeof MFA_TYPES)[number] }
  | { name: 'SELECT_CHALLENGE'; choice: FirstFactor; password?: string }
  | { name: 'PASSWORD'; password: string }
  | { name: 'WEB_AUTHN'; credential: Record<string, unknown> }
  | { name: 'MFA_SETUP'; code?: string; deviceName?: string };

/** The parameter each code challenge's answer goes in (RespondToAuthChallenge). */
const CODE_PARAMETER = {
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
} as const;

/**
 * `ChallengeResponses` for an answer, as RespondToAuthChallenge documents them: every one
 * names `USERNAME` (and `SECRET_HASH`, added by the caller, with a client secret).
 */
export function challengeResponses(
  answer: Exclude<ChallengeAnswer, { name: 'MFA_SETUP' }>,
  username: string,
): Record<string, string> {
  const base = { USERNAME: username };
  switch (answer.name) {
    case 'NEW_PASSWORD_REQUIRED':
      return {
        ...base,
        NEW_PASSWORD: answer.newPassword,
        ...Object.fromEntries(
          Object.entries(answer.attributes ?? {}).map(([name, value]) => [
            `userAttributes.${name}`,
            value,
          ]),
        ),
      };
    case 'SELECT_MFA_TYPE':
      return { ...base, ANSWER: answer.choice };
    case 'SELECT_CHALLENGE':
      return {
        ...base,
        ANSWER: answer.choice,
        ...(answer.password !== undefined && { PASSWORD: answer.password }),
      };
    case 'PASSWORD':
      return { ...base, PASSWORD: answer.password };
    case 'WEB_AUTHN':
      return { ...base, CREDENTIAL: JSON.stringify(answer.credential) };
    default:
      return { ...base, [CODE_PARAMETER[answer.name]]: answer.code };
  }
}

/** Parameters whose values Cognito sends as JSON text. */
const JSON_PARAMETERS = new Set([
  'CREDENTIAL_REQUEST_OPTIONS',
  'MFAS_CAN_CHOOSE',
  'MFAS_CAN_SETUP',
  'requiredAttributes',
  'userAttributes',
]);

/** Parameters that name the user, which the client has no use for. */
const USER_PARAMETERS = new Set(['USERNAME', 'USER_ID_FOR_SRP']);

/**
 * The {@link Challenge} of an InitiateAuth or RespondToAuthChallenge answer that carries
 * one; `signedInAs` is the username the client gave, used where Cognito names none.
 */
export function challengeOf(
  answer: {
    ChallengeName?: string | undefined;
    Session?: string | undefined;
    ChallengeParameters?: Record<string, string> | undefined;
    AvailableChallenges?: string[] | undefined;
  },
  signedInAs: string,
): Challenge {
  const name = answer.ChallengeName;
  if (!isChallengeName(name) || answer.Session === undefined) {
    // A custom, SRP or device step: a client of Cognito's own answers those.
    throw new UsersyncError(
      'FORBIDDEN',
      'This account needs a sign-in step the API does not support.',
      { context: { challenge: name } },
    );
  }
  const given = answer.ChallengeParameters ?? {};
  const parameters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (USER_PARAMETERS.has(key)) continue;
    parameters[key] = JSON_PARAMETERS.has(key) ? parseOr(value) : value;
  }
  return {
    name,
    session: answer.Session,
    username: given['USERNAME'] ?? given['USER_ID_FOR_SRP'] ?? signedInAs,
    parameters,
    ...(answer.AvailableChallenges !== undefined &&
      name === 'SELECT_CHALLENGE' && { available: answer.AvailableChallenges }),
  };
}

function isChallengeName(name: unknown): name is ChallengeName {
  return (CHALLENGE_NAMES as readonly unknown[]).includes(name);
}

function parseOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
