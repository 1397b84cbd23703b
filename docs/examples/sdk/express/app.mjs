import express from 'express';
import { createUsersync } from 'usersync';
import { requireAccess, usersyncAuth } from 'usersync/express';

const usersync = createUsersync(); // settings from the environment, as the CLI reads them
const app = express();
app.use(usersyncAuth({ usersync, publicPaths: ['/health'] }));
app.get('/health', (req, res) => res.json({ ok: true }));
app.get('/me', (req, res) => res.json({ email: req.user.email, claims: req.claims }));
app.get('/admin', requireAccess(usersync, { anyGroup: ['admin'] }), (req, res) =>
  res.json({ admin: true }),
);
app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1');
