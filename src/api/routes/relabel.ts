import { UsersyncError, isUsersyncError, type ErrorCode } from '../../domain/errors.ts';

/** Re-labels errors whose code would say too much (e.g. whether an account exists). */
export async function relabel<T>(
  promise: Promise<T>,
  codes: Partial<Record<ErrorCode, ErrorCode>>,
  message?: string,
): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const to = isUsersyncError(error) ? codes[error.code] : undefined;
    if (to === undefined) throw error;
    throw new UsersyncError(to, message, { cause: error });
  }
}
