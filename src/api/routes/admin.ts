import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toUserJson } from '../../domain/user.ts';
import type { AppDependencies } from '../dependencies.ts';
import { routeErrors, safeString, userJsonSchema } from '../schemas.ts';

/** `/admin/*`: for members of the Cognito group `admin`. */
export function adminRoutes(dependencies: AppDependencies) {
  return async (app: FastifyInstance): Promise<void> => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/admin/users',
      {
        config: { auth: 'admin' },
        schema: {
          tags: ['admin'],
          summary: 'Users in creation order, a page at a time; filter by email prefix',
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).max(500).default(50),
            cursor: safeString().max(200).optional(),
            email: safeString().trim().min(1).max(254).optional(),
          }),
          response: {
            200: z.object({ items: z.array(userJsonSchema), nextCursor: z.string().nullable() }),
            ...routeErrors,
          },
        },
      },
      async (request) => {
        const { limit, cursor, email } = request.query;
        const page = await dependencies.store.listUsers({
          limit,
          ...(cursor !== undefined && { cursor }),
          ...(email !== undefined && { emailPrefix: email }),
        });
        return { items: page.items.map(toUserJson), nextCursor: page.nextCursor };
      },
    );
  };
}
