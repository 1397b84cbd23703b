import { createUsersync } from 'usersync';
import { createNextAuth } from 'usersync/next';

export const { auth, currentUser, withAuth } = createNextAuth(createUsersync());
