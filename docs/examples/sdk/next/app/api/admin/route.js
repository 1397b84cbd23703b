import { withAuth } from '../../../lib/usersync.js';

export const GET = withAuth(async () => Response.json({ admin: true }), { anyGroup: ['admin'] });
