import express from 'express';
import { createUsersync } from 'usersync';
import { usersyncAuth } from 'usersync/express';

// In TypeScript, `req.user` is usersync's stored user, typed; an app that also has
// Passport's types compiles, as both declare it as `Express.User`.
const usersync = createUsersync();
const app = express();
app.use(usersyncAuth({ usersync }));
app.get('/me', (req, res) => {
  res.json({ sub: req.user?.sub, email: req.user?.email, claims: req.claims });
});

export default app;
