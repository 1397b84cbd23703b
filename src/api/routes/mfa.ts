import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Secret, TOTP } from 'otpauth';
import { z } from 'zod';
import { UsersyncError } from '../../domain/errors.ts';
import { currentUser } from '../current-user.ts';
import type { AppDependencies } from '../dependencies.ts';
import { principalOf } from '../guard.ts';
import { bodyRouteErrors, routeErrors, safeString } from '../schemas.ts';
import { accessTokenOf } from './me.ts';
import { relabel } from './relabel.ts';

/** A code from an authenticator app. */
const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: 'code must be six digits' });

const mfaSchema = z.object({
  enabled: z.array(z.string()),
  preferred: z.string().nullable(),
  signInFactors: z.array(z.string()).nullable(),
});

/**
 * `/me/mfa`: the caller's second factors, with their access token. TOTP is enrolled in two
 * steps (the secret, then a code from the app), then turned on and preferred with `PUT`.
 */
export function mfaRoutes(dependencies: AppDependencies) {
  const { flows } = dependencies.cognito;
  const issuer = dependencies.totpIssuer ?? 'usersync';
  return async (app: FastifyInstance): Promise<void> => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.post(
      '/me/mfa/totp',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            'Start TOTP enrolment: the secret, and an otpauth:// URI to show as a QR code (AssociateSoftwareToken)',
          security: [{ bearer: [] }],
          response: {
            200: z.object({ secret: z.string(), uri: z.string() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const accessToken = accessTokenOf(request);
        const user = await currentUser(dependencies, request);
        const { secret } = await flows.associateTotp(accessToken);
        const uri = new TOTP({
          issuer,
          label: user.email ?? principalOf(request).username,
          secret: Secret.fromBase32(secret),
        }).toString();
        request.log.info({ sub: user.sub }, 'TOTP enrolment started');
        return { secret, uri };
      },
    );

    api.post(
      '/me/mfa/totp/verify',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary: 'Complete TOTP enrolment with a code from the app (VerifySoftwareToken)',
          description:
            'A wrong code is 400 CODE_MISMATCH. Enrolled is not yet on: PUT /me/mfa {totp: true} turns it on.',
          security: [{ bearer: [] }],
          body: z.strictObject({
            code: totpCodeSchema,
            deviceName: safeString().trim().min(1).max(128).optional(),
          }),
          response: { 200: z.object({ verified: z.literal(true) }), ...bodyRouteErrors },
        },
      },
      async (request) => {
        const accessToken = accessTokenOf(request);
        const { code, deviceName } = request.body;
        // Cognito's answers to a wrong code: EnableSoftwareTokenMFAException (CODE_MISMATCH),
        // or, from some endpoints, InvalidParameterException.
        await relabel(flows.verifyTotp(accessToken, code, deviceName), {
          VALIDATION_FAILED: 'CODE_MISMATCH',
        });
        request.log.info({ sub: principalOf(request).sub }, 'TOTP enrolled');
        return { verified: true as const };
      },
    );

    api.put(
      '/me/mfa',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            'Turn second factors on or off, and choose the preferred one (SetUserMFAPreference)',
          security: [{ bearer: [] }],
          body: z
            .strictObject({
              totp: z.boolean().optional(),
              sms: z.boolean().optional(),
              email: z.boolean().optional(),
              preferred: z.enum(['totp', 'sms', 'email']).optional(),
            })
            .refine((body) => Object.keys(body).length > 0, {
              error: 'name at least one of totp, sms, email, preferred',
            })
            .refine((body) => body.preferred === undefined || body[body.preferred] !== false, {
              error: 'the preferred method cannot be turned off',
              path: ['preferred'],
            }),
          response: { 200: mfaSchema, ...bodyRouteErrors },
        },
      },
      async (request) => {
        const accessToken = accessTokenOf(request);
        const { totp, sms, email, preferred } = request.body;
        await flows.setMfaPreference(accessToken, {
          ...(totp !== undefined && { totp }),
          ...(sms !== undefined && { sms }),
          ...(email !== undefined && { email }),
          ...(preferred !== undefined && { preferred }),
        });
        request.log.info({ sub: principalOf(request).sub }, 'MFA preference changed');
        return flows.mfaSettings(accessToken);
      },
    );

    api.get(
      '/me/mfa',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['me'],
          summary:
            "The caller's second factors, the preferred one, and the first factors they can sign in with",
          security: [{ bearer: [] }],
          response: { 200: mfaSchema, ...routeErrors },
        },
      },
      async (request) => {
        const accessToken = accessTokenOf(request);
        if (request.storedUser === null) throw new UsersyncError('TOKEN_INVALID');
        return flows.mfaSettings(accessToken);
      },
    );
  };
}
