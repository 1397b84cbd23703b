import Fastify from 'fastify';
import { createUsersync } from 'usersync';
import { usersyncFastify } from 'usersync/fastify';

const usersync = createUsersync();
const app = Fastify();
await app.register(usersyncFastify, { usersync });
app.get('/health', { config: { usersync: false } }, async () => ({ ok: true }));
app.get('/me', async (req) => ({ email: req.user.email, claims: req.claims }));
app.get('/admin', { config: { usersync: { anyGroup: ['admin'] } } }, async () => ({ admin: true }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
