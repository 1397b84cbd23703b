import { isUsersyncError } from '../domain/errors.ts';
import type { CognitoGateway, CognitoUser } from './gateway.ts';

/**
 * The user with this `sub`, read the cheap way first: AdminGetUser (Cognito's UserRead
 * quota, 120 a second) takes the username, or the `sub` of any user who is not federated
 * (the API reference: "you can also use their sub"), so it finds every user of a pool that
 * signs in with email or phone, and every local user of the others. Only a user it does not
 * find is looked for with ListUsers by `sub` (UserList, 30 a second, shared with the
 * reconcile): a federated user, whose username is the provider's. A user the change deleted
 * (`gone`) is not looked for again.
 */
export async function readUserBySub(
  gateway: CognitoGateway,
  userPoolId: string,
  sub: string,
  hints: { username?: string | undefined; gone?: boolean } = {},
): Promise<CognitoUser | undefined> {
  try {
    const user = await gateway.adminGetUser(userPoolId, hints.username ?? sub);
    if (user.attributes['sub'] === sub) return user;
  } catch (error) {
    if (!isUsersyncError(error, 'NOT_FOUND')) throw error;
    if (hints.gone === true) return undefined;
  }
  return gateway.findUserBySub(userPoolId, sub);
}
