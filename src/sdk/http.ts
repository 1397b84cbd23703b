import { toDbError } from '../db/errors.ts';
import { UsersyncError, type ErrorBody } from '../domain/errors.ts';
import type { Logger } from '../logging/logger.ts';

export type { ErrorBody } from '../domain/errors.ts';

/** An error as an adapter answers it: the catalog's status and the `{error}` body. */
export interface ErrorAnswer {
  status: number;
  body: ErrorBody;
}

/**
 * Turns what authenticating threw into the answer every adapter gives: a refusal keeps its
 * code and status (401, 403), a database failure its own (503), and anything else is a
 * logged 500 whose message says nothing of the cause.
 */
export function errorAnswer(error: unknown, logger: Logger): ErrorAnswer {
  const known =
    error instanceof UsersyncError
      ? error
      : (toDbError(error) ?? new UsersyncError('INTERNAL', undefined, { cause: error }));
  if (known.code === 'INTERNAL' || known.httpStatus >= 503) {
    logger.error({ err: error, code: known.code }, 'authentication failed');
  } else {
    logger.info({ code: known.code }, 'request refused');
  }
  return {
    status: known.httpStatus,
    body: { error: { code: known.code, message: known.message } },
  };
}

/** Whether a path is public: equal to a string of `publicPaths`, or matched by a pattern. */
export function isPublicPath(
  path: string,
  publicPaths: readonly (string | RegExp)[] | undefined,
): boolean {
  const bare = path.split('?')[0] ?? path;
  return (publicPaths ?? []).some((entry) =>
    typeof entry === 'string' ? entry === bare : entry.test(bare),
  );
}
