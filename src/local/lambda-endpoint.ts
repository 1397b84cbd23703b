import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../logging/logger.ts';
import type { CognitoTriggerEvent, TriggerHandler } from '../triggers/types.ts';

/** A running Lambda Invoke endpoint. */
export interface LambdaEndpoint {
  url: string;
  close(): Promise<void>;
}

/** Options for {@link startLambdaEndpoint}. */
export interface LambdaEndpointOptions {
  logger: Logger;
  /** Function name → handler. */
  handlers: ReadonlyMap<string, TriggerHandler>;
  /** @default 0 (any free port) */
  port?: number;
}

/**
 * Serves the Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`) on
 * 127.0.0.1, so cognito-local calls the trigger handlers in this process as AWS Lambda
 * would: a handler's error is answered like an unhandled Lambda error
 * (`X-Amz-Function-Error: Unhandled`), which Cognito turns into a failed sign-up or sign-in.
 */
export async function startLambdaEndpoint(options: LambdaEndpointOptions): Promise<LambdaEndpoint> {
  const { handlers } = options;
  const log = options.logger.child({ component: 'lambda-endpoint' });
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 1_048_576 });
  // Lambda's Invoke takes the payload as JSON whatever the content type says.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.post<{ Params: { name: string } }>(
    '/2015-03-31/functions/:name/invocations',
    async (request, reply) => {
      const name = decodeURIComponent(request.params.name);
      const handler = handlers.get(name);
      if (handler === undefined) {
        return reply
          .code(404)
          .header('x-amzn-errortype', 'ResourceNotFoundException')
          .send({ Type: 'User', message: `Function not found: ${name}` });
      }
      const event = request.body as CognitoTriggerEvent;
      try {
        const result = await handler(event);
        log.debug({ functionName: name, triggerSource: event.triggerSource }, 'trigger handled');
        return reply.code(200).send(result);
      } catch (error) {
        const { name: errorType = 'Error', message = 'Trigger failed' } = error as Error;
        log.warn(
          { functionName: name, triggerSource: event.triggerSource, errorType },
          'trigger failed',
        );
        return reply
          .code(200)
          .header('x-amz-function-error', 'Unhandled')
          .send({ errorType, errorMessage: message });
      }
    },
  );
  const address = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return { url: address, close: () => app.close() };
}
