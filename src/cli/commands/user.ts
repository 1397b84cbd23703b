import { loadConfig } from '../../config/config.ts';
import { openStore } from '../../local/open-database.ts';
import { maskEmail } from '../../domain/email.ts';
import { ADMIN_GROUP, toUserJson, type UserClaims } from '../../domain/user.ts';
import { findOrImportUser, setUserClaims } from '../../services/users/claims.ts';
import { openCognito } from '../context.ts';
import type { Output } from '../output.ts';

/** The options of `usersync user set`. */
export interface UserSetOptions {
  developerId?: string;
  userType?: string;
  companyName?: string;
  /** Replaces the user's app roles (`[]` clears them). */
  roles?: string[];
  admin?: boolean;
  json: boolean;
}

/**
 * `usersync user set EMAIL …`: sets claims in the DB (importing the user from Cognito
 * first when the DB has no row), and with `--admin` adds the user to the `admin` group.
 */
export async function userSetCommand(
  output: Output,
  email: string,
  options: UserSetOptions,
): Promise<number> {
  const config = loadConfig();
  const cognito = await openCognito(config);
  const store = await openStore(config, 'usersync user set');
  try {
    let user = await findOrImportUser(store.users, cognito, email);
    const claims: Partial<UserClaims> & { roles?: string[] } = {
      ...(options.developerId !== undefined && { developerId: options.developerId }),
      ...(options.userType !== undefined && { userType: options.userType }),
      ...(options.companyName !== undefined && { companyName: options.companyName }),
      ...(options.roles !== undefined && { roles: options.roles }),
    };
    if (Object.keys(claims).length > 0) user = await setUserClaims(store.users, user, claims);
    if (options.admin === true)
      await cognito.gateway.adminAddUserToGroup(
        cognito.userPoolId,
        user.email ?? email,
        ADMIN_GROUP,
      );
    if (options.json) {
      output.out(JSON.stringify({ user: toUserJson(user), admin: options.admin === true }));
    } else {
      output.out(
        `${maskEmail(user.email ?? email)}: developer id ${user.developerId ?? '-'}, user type ${user.userType ?? '-'}, ` +
          `company ${user.companyName ?? '-'}, roles ${user.roles.join(',') || '-'}${options.admin === true ? `, in group ${ADMIN_GROUP}` : ''}`,
      );
    }
    return 0;
  } finally {
    await store.close();
    cognito.close();
  }
}
