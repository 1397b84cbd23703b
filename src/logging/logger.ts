import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { maskEmail } from '../domain/email.ts';

export type { Logger } from 'pino';

/** Keys whose values never reach a log, at any depth: passwords, tokens, secrets. */
const SECRET_KEYS = new Set(
  [
    'password',
    'newPassword',
    'previousPassword',
    'oldPassword',
    'legacyPasswordHash',
    'legacy_password_hash',
    'passwordHash',
    'token',
    'idToken',
    'accessToken',
    'refreshToken',
    'session',
    'confirmationCode',
    'secret',
    'clientSecret',
    'secretHash',
    'secretCode',
    'authorization',
    'cookie',
    'x-api-key',
    'NEW_PASSWORD',
    'SECRET_HASH',
    'REFRESH_TOKEN',
    'ANSWER',
    'USER_CODE',
  ].map((key) => key.toLowerCase()),
);

/**
 * `code` is both a stable error code or SQLSTATE (`USER_EXISTS`, `23505`, `ECONNREFUSED`),
 * which an operator searches for, and a one-time code a user was sent (six or more digits),
 * which never reaches a log.
 */
const ONE_TIME_CODE = /^\d{6,}$/;

/** An email anywhere in a text: in a message, an error's `detail`, a URL. */
const EMAIL_IN_TEXT = /[^\s@"'<>()[\]{},;:=/\\]+@[^\s@"'<>()[\]{},;:=/\\]+\.[A-Za-z]{2,}/g;

/** A JWT anywhere in a text. */
const JWT_IN_TEXT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

const REDACTED = '[REDACTED]';

/** How deep a logged value is followed; deeper values are cut. */
const MAX_DEPTH = 10;

/** A text with every email masked and every JWT redacted. */
export function scrubText(text: string): string {
  return text.replace(JWT_IN_TEXT, REDACTED).replace(EMAIL_IN_TEXT, (email) => maskEmail(email));
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of a logged value that holds no secret and no full email, however deep, arrays
 * included: secret keys redacted, one-time codes redacted, emails masked in every string,
 * errors serialized first (their `message`, `stack`, `detail` and causes scrubbed alike).
 * Class instances other than errors (a request, a Date) are left for pino's serializers.
 */
export function scrub(value: unknown, key = '', depth = 0, seen = new WeakSet<object>()): unknown {
  if (key !== '' && SECRET_KEYS.has(key.toLowerCase())) return value == null ? value : REDACTED;
  if (typeof value === 'string') {
    if (key === 'code' && ONE_TIME_CODE.test(value)) return REDACTED;
    // Whatever an `email` holds, valid or not, is masked.
    if (key === 'email' || key === 'pendingEmail') return maskEmail(value);
    return scrubText(value);
  }
  if (value === null || typeof value !== 'object') return value;
  // `seen` holds the value's ancestors only: a cycle is cut, a value shared by two
  // branches is written in both.
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => scrub(item, '', depth + 1, seen));
    // pino's error shape (type, message, stack, code, detail, cause…), as a plain object.
    if (value instanceof Error) return scrub({ ...stdSerializers.err(value) }, key, depth, seen);
    if (!isPlainObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, scrub(item, name, depth + 1, seen)]),
    );
  } finally {
    seen.delete(value);
  }
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** @default `info` */
  level?: string;
  /** Where the JSON lines go. @default standard output */
  destination?: DestinationStream;
  /** Bound to every line, e.g. `{ component: 'relay' }`. */
  bindings?: Record<string, unknown>;
}

/**
 * Creates usersync's structured JSON logger. Every line goes through {@link scrub}, its
 * message and its arguments, so a careless `log.info({ body })` or a database error naming
 * a row's email leaks nothing. A child logger's bindings are the code's own (a component,
 * a run id), never a user's data: pino writes them as they are.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { service: 'usersync' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => scrub(arg)) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
  return options.bindings ? logger.child(options.bindings) : logger;
}
