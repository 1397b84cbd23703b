import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Claims } from '../domain/claims.ts';
import type { User } from '../domain/user.ts';
import type { AccessRule, Authenticated } from '../services/users/authenticate.ts';
import { errorAnswer, isPublicPath } from './http.ts';
import type { Usersync } from './usersync.ts';

// `usersync/fastify`: a plugin whose preHandler authenticates each request over the one
// engine. It registers on the team's own Fastify instance (fastify is a peer).

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's stored user (made just in time); `undefined` on public routes. */
    user?: User;
    /** The caller's claims, by the claim set. */
    claims?: Claims;
    /** Everything usersync verified of the caller. */
    auth?: Authenticated;
  }
  interface FastifyContextConfig {
    /** A route's own rule: `false` makes it public; groups and roles narrow who may call it. */
    usersync?: false | AccessRule;
  }
}

/** Options for the {@link usersyncFastify} plugin. */
export interface FastifyAuthOptions extends AccessRule {
  usersync: Usersync;
  /** Paths that pass without a token (exact strings, or patterns). @default none */
  publicPaths?: readonly (string | RegExp)[];
}

const plugin: FastifyPluginAsync<FastifyAuthOptions> = async (app, options) => {
  const { usersync, publicPaths, ...rule } = options;
  app.decorateRequest('user', undefined);
  app.decorateRequest('claims', undefined);
  app.decorateRequest('auth', undefined);
  app.addHook('preHandler', async (request, reply) => {
    const own = request.routeOptions.config.usersync;
    if (own === false || isPublicPath(request.url, publicPaths)) return;
    try {
      await authenticateRequest(usersync, request, { ...rule, ...own });
    } catch (error) {
      const answer = errorAnswer(error, usersync.logger);
      return reply.code(answer.status).send(answer.body);
    }
  });
};

async function authenticateRequest(
  usersync: Usersync,
  request: FastifyRequest,
  rule: AccessRule,
): Promise<void> {
  const auth = await usersync.authenticate(request.headers.authorization, rule);
  request.auth = auth;
  request.user = auth.user;
  request.claims = auth.claims;
}

/**
 * Authenticates every route of the instance it is registered on (but public ones:
 * `publicPaths`, or a route's `config: { usersync: false }`); a route's
 * `config: { usersync: { anyGroup, anyRole } }` adds to the plugin's rule.
 */
export const usersyncFastify: (app: FastifyInstance, options: FastifyAuthOptions) => Promise<void> =
  fp(plugin, { fastify: '5.x', name: 'usersync' });
