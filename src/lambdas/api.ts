import awsLambdaFastify from '@fastify/aws-lambda';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { buildApp } from '../api/app.ts';
import { consoleAssetsBeside } from '../api/routes/console.ts';
import { apiDependencies } from '../api/server.ts';
import { lazyHandler } from './bootstrap.ts';
import { lambdaSyncLauncher } from './sync-invoker.ts';

/**
 * The API as a Lambda function behind an API Gateway HTTP API (payload format 2.0): the
 * same Fastify app as `usersync serve`, built once per container by the API's composition
 * root over the bootstrap's pool and Cognito client, each request passed through
 * `inject()` by @fastify/aws-lambda. Rate limits count in the store, across containers.
 */
export const handler = lazyHandler(async ({ config, store, logger, cognitoClient, budget }) => {
  const app = await buildApp(
    apiDependencies(config, logger, {
      store: store.users,
      records: store,
      counters: store.counters,
      cognitoClient: await cognitoClient(),
      budget: budget(),
      // An admin's reconcile runs in the sync function, invoked asynchronously: no work of
      // it is left in this container once the request is answered.
      syncLauncher:
        config.api.syncFunctionName === undefined
          ? undefined
          : lambdaSyncLauncher({
              region: config.cognito.region,
              functionName: config.api.syncFunctionName,
            }),
    }),
    // The console's files travel beside the bundle (scripts/build-lambdas.ts).
    { docsUi: false, consoleAssets: consoleAssetsBeside(import.meta.url) },
  );
  const proxy = awsLambdaFastify(app, { decorateRequest: false });
  await app.ready();
  return (event: APIGatewayProxyEventV2, context: Context) => proxy(event, context);
}, 'api');
