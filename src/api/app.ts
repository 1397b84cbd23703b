import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UsersyncError } from '../domain/errors.ts';
import type { AppDependencies } from './dependencies.ts';
import { clientErrorHandler, errorHandler } from './errors.ts';
import { errorSchema } from './schemas.ts';
import { registerGuard } from './guard.ts';
import { AuthLimiter, registerAuthRateLimit } from './rate-limit.ts';
import { adminRoutes } from './routes/admin.ts';
import { adminRunRoutes } from './routes/admin-runs.ts';
import { adminEventRoutes } from './routes/admin-events.ts';
import { consoleRoutes, DEFAULT_CONSOLE_ASSETS } from './routes/console.ts';
import { authRoutes } from './routes/auth.ts';
import { signInRoutes } from './routes/sign-in.ts';
import { meRoutes } from './routes/me.ts';
import { mfaRoutes } from './routes/mfa.ts';
import { passkeyRoutes } from './routes/passkeys.ts';

export type { AppDependencies } from './dependencies.ts';

/**
 * What a request log line says of the request: no query string (it may hold an email, as
 * in `/admin/users?email=`), no headers (they hold tokens).
 */
function serializeRequest(request: {
  method: string;
  url: string;
  socket?: { remoteAddress?: string };
}): Record<string, unknown> {
  return {
    method: request.method,
    path: request.url.split('?')[0],
    remoteAddress: request.socket?.remoteAddress,
  };
}

/**
 * Fastify's `trustProxy` for a setting: a hop count becomes the function that trusts that
 * many hops (what Fastify does with a number, in the form its types take).
 */
function fastifyTrustProxy(
  setting: boolean | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

/** The largest request body the API reads. @default 64 KiB */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Builds the Fastify app: the routes of CONTRACT.md with zod request and response schemas
 * (unknown fields rejected), the JWT guard, rate limits on `/auth`, the OpenAPI document at
 * `/docs/json` and its UI at `/docs`, and the error catalog as the error handler. It does
 * not listen; tests call `inject()`.
 */
export async function buildApp(
  dependencies: AppDependencies,
  options: {
    /**
     * Serve the OpenAPI UI at `/docs` (its static files are read from node_modules, which a
     * Lambda bundle has none of: the API function serves `/docs/json` only). @default true
     */
    docsUi?: boolean;
    /**
     * Where the admin console's files are (`null`: no console). The API function passes
     * the directory its bundle carries them in. @default beside the API's modules
     */
    consoleAssets?: URL | null;
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // The cast keeps Fastify's instance type the default one (the routes' types take that);
    // the linter sees no need for it, the compiler does.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: dependencies.logger.child(
      { component: 'api' },
      { serializers: { req: serializeRequest } },
    ) as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    clientErrorHandler,
    // The router's own refusals (a path that is not valid percent-encoded UTF-8, a bad
    // Content-Type) answer in the catalog's envelope too, not in Fastify's.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    // `request.ip`, which the rate limits count by, is the socket's peer unless a proxy
    // in front is trusted to say who the client is.
    trustProxy: fastifyTrustProxy(dependencies.trustProxy ?? false),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // JSON only: a text or form body is a 415, not a body that fails validation.
  app.removeContentTypeParser(['text/plain']);
  const methodsByPath = new Map<string, Set<string>>();
  app.addHook('onRoute', ({ url, method }) => {
    const methods = methodsByPath.get(url) ?? new Set<string>();
    for (const one of [method].flat()) methods.add(one);
    methodsByPath.set(url, methods);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = [...(methodsByPath.get(path) ?? [])].sort();
    if (allowed.length > 0) {
      void reply.header('allow', allowed.join(', '));
      errorHandler(
        new UsersyncError('METHOD_NOT_ALLOWED', `${path} takes ${allowed.join(', ')}.`),
        request,
        reply,
      );
      return;
    }
    errorHandler(
      new UsersyncError('NOT_FOUND', `No route ${request.method} ${path}.`),
      request,
      reply,
    );
  });

  // CORS for the allowed origins only: a preflight from one of them is answered (204) with
  // the methods and headers the API takes; any other origin gets no CORS headers, so the
  // browser refuses it. Bearer tokens, never cookies: no credentials mode.
  const corsOrigins = dependencies.corsOrigins ?? [];
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type'],
      maxAge: 600,
      strictPreflight: true,
    });
  }

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'usersync',
        version: '0.1.0',
        description: 'Users in step with a Cognito user pool.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  if (options.docsUi ?? true) await app.register(swaggerUi, { routePrefix: '/docs' });
  else app.get('/docs/json', { schema: { hide: true } }, () => app.swagger());
  const limiter = new AuthLimiter(dependencies.rateLimits, dependencies.counters, (error) =>
    app.log.warn({ err: error }, 'rate limits counted in this process: the store did not answer'),
  );
  registerAuthRateLimit(app, limiter);
  registerGuard(app, dependencies);

  const health = app.withTypeProvider<ZodTypeProvider>();
  health.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers (nothing else is checked)',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    () => ({ ok: true as const }),
  );
  health.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: "Readiness: the database answers and the pool's signing keys are loaded",
        response: {
          200: z.object({
            ready: z.literal(true),
            checks: z.object({ database: z.literal('ok'), jwks: z.literal('ok') }),
          }),
          503: errorSchema,
        },
      },
    },
    async () => {
      await Promise.all([dependencies.store.ping(), dependencies.verifier.ready()]);
      return { ready: true as const, checks: { database: 'ok' as const, jwks: 'ok' as const } };
    },
  );
  await app.register(authRoutes(dependencies, limiter));
  await app.register(signInRoutes(dependencies, limiter));
  await app.register(meRoutes(dependencies));
  await app.register(mfaRoutes(dependencies));
  await app.register(passkeyRoutes(dependencies));
  await app.register(adminRoutes(dependencies));
  await app.register(adminRunRoutes(dependencies));
  await app.register(adminEventRoutes(dependencies));
  const consoleAssets =
    options.consoleAssets === undefined ? DEFAULT_CONSOLE_ASSETS : options.consoleAssets;
  if (consoleAssets !== null) await app.register(consoleRoutes(consoleAssets));
  return app;
}
