import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import { bodyRouteErrors, routeErrors, safeString } from '../schemas.ts';
import { accessTokenOf } from './me.ts';

const passkeySchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  relyingPartyId: z.string().nullable(),
  attachment: z.string().nullable(),
  transports: z.array(z.string()),
  createdAt: z.string().nullable(),
});

/**
 * `/me/passkeys`: the caller's passkeys, with their access token. A browser registers one
 * in two steps: the creation options (`navigator.credentials.create`), then the credential
 * it made. Signing in with one is `POST /auth/login {email, preferred: "WEB_AUTHN"}`, then
 * the `WEB_AUTHN` challenge's answer.
 */
export function passkeyRoutes(dependencies: AppDependencies) {
  const { flows } = dependencies.cognito;
  return async (app: FastifyInstance): Promise<void> => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.post(
      '/me/passkeys/start',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            'Start registering a passkey: the options for navigator.credentials.create (StartWebAuthnRegistration)',
          security: [{ bearer: [] }],
          response: {
            200: z.object({ options: z.record(z.string(), z.unknown()) }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const options = await flows.startPasskey(accessTokenOf(request));
        return { options };
      },
    );

    api.post(
      '/me/passkeys',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            "Complete the registration with the browser's credential (CompleteWebAuthnRegistration)",
          security: [{ bearer: [] }],
          body: z.strictObject({
            credential: z.record(safeString().min(1).max(64), z.unknown()),
          }),
          response: { 201: z.object({ registered: z.literal(true) }), ...bodyRouteErrors },
        },
      },
      async (request, reply) => {
        await flows.completePasskey(accessTokenOf(request), request.body.credential);
        request.log.info({ sub: principalOf(request).sub }, 'passkey registered');
        return reply.code(201).send({ registered: true as const });
      },
    );

    api.get(
      '/me/passkeys',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary: "The caller's passkeys (ListWebAuthnCredentials)",
          security: [{ bearer: [] }],
          response: { 200: z.object({ items: z.array(passkeySchema) }), ...routeErrors },
        },
      },
      async (request) => ({ items: await flows.listPasskeys(accessTokenOf(request)) }),
    );

    api.delete(
      '/me/passkeys/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary: 'Delete one of the caller’s passkeys (DeleteWebAuthnCredential)',
          security: [{ bearer: [] }],
          params: z.strictObject({ id: safeString().min(1).max(1024) }),
          response: { 204: z.null(), ...routeErrors },
        },
      },
      async (request, reply) => {
        await flows.deletePasskey(accessTokenOf(request), request.params.id);
        request.log.info({ sub: principalOf(request).sub }, 'passkey deleted');
        return reply.code(204).send(null);
      },
    );
  };
}
