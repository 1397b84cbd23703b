import { createUsersync } from 'usersync';
import { withUsersync } from 'usersync/lambda';

const usersync = createUsersync(); // at module scope: kept across invocations

export const handler = withUsersync({ usersync }, async (event, context, caller) => ({
  statusCode: 200,
  body: JSON.stringify({ sub: caller.sub, claims: caller.claims, source: caller.source }),
}));

export const adminHandler = withUsersync({ usersync, anyGroup: ['admin'] }, async () => ({
  statusCode: 200,
  body: '{"admin":true}',
}));
