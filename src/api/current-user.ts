import type { FastifyRequest } from 'fastify';
import type { User } from '../domain/user.ts';
import { userOfCaller } from '../services/users/authenticate.ts';
import type { AppDependencies } from './dependencies.ts';
import { principalOf } from './guard.ts';

/**
 * The caller's local user, found by `sub` (the guard read it and refused a deleted or
 * disabled one); a caller with no row gets one just in time ({@link userOfCaller}).
 */
export async function currentUser(
  dependencies: Pick<AppDependencies, 'store' | 'cognito'>,
  request: FastifyRequest,
): Promise<User> {
  return userOfCaller(dependencies, {
    token: principalOf(request),
    storedUser: request.storedUser ?? undefined,
  });
}
