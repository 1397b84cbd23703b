/**
 * The error catalog: every stable error code usersync emits, with its HTTP status and
 * CLI exit code in one place. Callers switch on `code`, never on message text.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { httpStatus: 400, exitCode: 2, message: 'The input is not valid.' },
  CODE_MISMATCH: { httpStatus: 400, exitCode: 1, message: 'The code is wrong or has expired.' },
  INVALID_CREDENTIALS: { httpStatus: 401, exitCode: 1, message: 'Incorrect email or password.' },
  TOKEN_INVALID: { httpStatus: 401, exitCode: 1, message: 'The token is not valid.' },
  TOKEN_EXPIRED: { httpStatus: 401, exitCode: 1, message: 'The token has expired.' },
  SIGNATURE_INVALID: {
    httpStatus: 401,
    exitCode: 1,
    message: 'The webhook signature, id or timestamp is not valid.',
  },
  EVENT_INVALID: {
    httpStatus: 400,
    exitCode: 1,
    message: 'The event does not match the schema of its type.',
  },
  SESSION_EXPIRED: {
    httpStatus: 401,
    exitCode: 1,
    message: 'The sign-in session has expired or was answered already; sign in again.',
  },
  FLOW_NOT_ENABLED: {
    httpStatus: 403,
    exitCode: 1,
    message:
      'This way of signing in is not enabled for the user pool or its app client (choice-based sign-in needs ALLOW_USER_AUTH; passkeys, the pool’s WebAuthn settings).',
  },
  USER_NOT_CONFIRMED: { httpStatus: 403, exitCode: 1, message: 'The user is not confirmed.' },
  PASSWORD_RESET_REQUIRED: {
    httpStatus: 403,
    exitCode: 1,
    message: 'The password must be reset before signing in.',
  },
  FORBIDDEN: { httpStatus: 403, exitCode: 1, message: 'Not allowed.' },
  NOT_FOUND: { httpStatus: 404, exitCode: 1, message: 'Not found.' },
  USER_EXISTS: { httpStatus: 409, exitCode: 1, message: 'A user with this email already exists.' },
  CONFLICT: { httpStatus: 409, exitCode: 1, message: 'The change conflicts with existing data.' },
  DATA_REFUSED: {
    httpStatus: 422,
    exitCode: 1,
    message: 'The database refused this data.',
  },
  LISTING_INCOMPLETE: {
    httpStatus: 409,
    exitCode: 1,
    message: 'The listing is not known to hold every Cognito user; nothing is marked deleted.',
  },
  METHOD_NOT_ALLOWED: {
    httpStatus: 405,
    exitCode: 2,
    message: 'The path does not take this method.',
  },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, exitCode: 2, message: 'The request body is too large.' },
  URI_TOO_LONG: {
    httpStatus: 414,
    exitCode: 2,
    message: 'A part of the request path is too long.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    httpStatus: 415,
    exitCode: 2,
    message: 'The body must be JSON (Content-Type: application/json).',
  },
  HEADERS_TOO_LARGE: {
    httpStatus: 431,
    exitCode: 2,
    message: 'The request headers are too large.',
  },
  RATE_LIMITED: { httpStatus: 429, exitCode: 1, message: 'Too many requests; try again later.' },
  INTERNAL: { httpStatus: 500, exitCode: 1, message: 'Something went wrong.' },
  UPSTREAM_UNAVAILABLE: {
    httpStatus: 503,
    exitCode: 1,
    message: 'A service usersync depends on is unavailable.',
  },
  DB_UNAVAILABLE: { httpStatus: 503, exitCode: 1, message: 'The database is unavailable.' },
  JOB_STOPPED: {
    httpStatus: 503,
    exitCode: 1,
    message: 'The job stopped before it was done; resume it by its run id.',
  },
  MIGRATION_FAILED: {
    httpStatus: 500,
    exitCode: 1,
    message: 'A schema migration failed; the database is as the last good migration left it.',
  },
  DB_NOT_MIGRATED: {
    httpStatus: 503,
    exitCode: 1,
    message: 'The database has no usersync schema yet: run usersync db migrate.',
  },
  STORE_UNSUPPORTED: {
    httpStatus: 501,
    exitCode: 2,
    message: 'This needs the PostgreSQL store (USER_STORE=postgres).',
  },
  CONFIG_INVALID: { httpStatus: 500, exitCode: 1, message: 'The configuration is not valid.' },
  DATA_DIR_LOCKED: {
    httpStatus: 500,
    exitCode: 1,
    message: 'The data directory is in use by another process.',
  },
  LOCAL_STACK_FAILED: { httpStatus: 500, exitCode: 1, message: 'The local stack could not start.' },
  LOCAL_STACK_NOT_INSTALLED: {
    httpStatus: 500,
    exitCode: 2,
    message:
      'The local stack is not installed: npm install --save-dev @electric-sql/pglite @electric-sql/pglite-socket cognito-local dynalite fauxqs @simplewebauthn/server',
  },
} as const satisfies Record<string, { httpStatus: number; exitCode: number; message: string }>;

/** A stable error code from {@link ERROR_CATALOG}. */
export type ErrorCode = keyof typeof ERROR_CATALOG;

/** The body of every error answer over HTTP: `{error: {code, message}}`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Options for {@link UsersyncError}. */
export interface UsersyncErrorOptions {
  /** The underlying error, kept for logs; never shown to API callers. */
  cause?: unknown;
  /** Facts that help a reader of the log (no secrets, emails masked). */
  context?: Record<string, unknown>;
}

/**
 * The one error class of usersync's public paths. `code` is stable; `message` is for people.
 */
export class UsersyncError extends Error {
  override readonly name = 'UsersyncError';
  readonly code: ErrorCode;
  readonly context: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, options: UsersyncErrorOptions = {}) {
    super(message ?? ERROR_CATALOG[code].message, { cause: options.cause });
    this.code = code;
    this.context = options.context ?? {};
  }

  /** The HTTP status the catalog gives this error's code. */
  get httpStatus(): number {
    return ERROR_CATALOG[this.code].httpStatus;
  }

  /** The CLI exit code the catalog gives this error's code. */
  get exitCode(): number {
    return ERROR_CATALOG[this.code].exitCode;
  }
}

/** True when `error` is a {@link UsersyncError}, optionally with the given code. */
export function isUsersyncError(error: unknown, code?: ErrorCode): error is UsersyncError {
  return error instanceof UsersyncError && (code === undefined || error.code === code);
}

/**
 * Node's error codes for a peer that cannot be reached at all (refused, reset, timed out,
 * unknown host): the database or Cognito is unavailable, not wrong.
 */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
]);
