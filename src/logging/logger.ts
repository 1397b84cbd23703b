import { pino, type DestinationStream, type Logger } from 'pino';
import { maskEmail } from '../domain/email.ts';

export type { Logger } from 'pino';

/** Keys whose values never reach a log: passwords, tokens, codes, secrets. */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'previousPassword',
  'legacyPasswordHash',
  'legacy_password_hash',
  'token',
  'idToken',
  'accessToken',
  'refreshToken',
  'code',
  'confirmationCode',
  'secret',
  'clientSecret',
  'secretHash',
  'authorization',
  'cookie',
  'PASSWORD',
  'NEW_PASSWORD',
  'SECRET_HASH',
  'REFRESH_TOKEN',
];

/** Keys whose values are emails: logged masked. */
const EMAIL_KEYS = ['email', 'username', 'userName'];

/** Every key at the top level and up to two objects deep (pino's redaction is by path). */
function pathsFor(keys: readonly string[]): string[] {
  return keys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
}

const emailKeys = new Set(EMAIL_KEYS);

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
 * Creates usersync's structured JSON logger. Secrets are redacted and emails masked by
 * key wherever they appear, so a careless `log.info({ body })` leaks nothing.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { service: 'usersync' },
      redact: {
        paths: [...pathsFor(SECRET_KEYS), ...pathsFor(EMAIL_KEYS)],
        censor: (value: unknown, path: string[]) => {
          const key = path[path.length - 1] ?? '';
          return emailKeys.has(key) && typeof value === 'string' ? maskEmail(value) : '[REDACTED]';
        },
      },
    },
    options.destination,
  );
  return options.bindings ? logger.child(options.bindings) : logger;
}
