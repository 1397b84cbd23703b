import { withAuth } from '../../../lib/usersync.js';

export const GET = withAuth(async (request, context, { user, claims }) =>
  Response.json({ email: user.email, claims }),
);
