import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, UsersyncError, isUsersyncError } from '../../src/domain/errors.ts';

describe('error catalog', () => {
  it('gives the contract codes their HTTP statuses', () => {
    const statuses = Object.fromEntries(
      Object.entries(ERROR_CATALOG).map(([code, entry]) => [code, entry.httpStatus]),
    );
    expect(statuses).toMatchObject({
      VALIDATION_FAILED: 400,
      INVALID_CREDENTIALS: 401,
      TOKEN_INVALID: 401,
      TOKEN_EXPIRED: 401,
      USER_NOT_CONFIRMED: 403,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      USER_EXISTS: 409,
      CODE_MISMATCH: 400,
      RATE_LIMITED: 429,
      UPSTREAM_UNAVAILABLE: 503,
    });
  });

  it('carries code, context and cause, with the catalog message by default', () => {
    const cause = new Error('socket hang up');
    const error = new UsersyncError('UPSTREAM_UNAVAILABLE', undefined, {
      cause,
      context: { op: 'SignUp' },
    });
    expect(error.message).toBe(ERROR_CATALOG.UPSTREAM_UNAVAILABLE.message);
    expect(error.cause).toBe(cause);
    expect(error.context).toEqual({ op: 'SignUp' });
    expect(error.httpStatus).toBe(503);
    expect(error.exitCode).toBe(1);
    expect(isUsersyncError(error, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(isUsersyncError(error, 'NOT_FOUND')).toBe(false);
    expect(isUsersyncError(cause)).toBe(false);
  });

  it('exits 2 for bad usage', () => {
    expect(new UsersyncError('VALIDATION_FAILED').exitCode).toBe(2);
  });
});
