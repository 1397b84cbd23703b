import type { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { UsersyncError } from '../domain/errors.ts';
import type { SyncLauncher } from '../services/jobs/launcher.ts';
import { CLIENT_TIMEOUTS } from '../aws/client-options.ts';

/**
 * Starts a recorded reconcile on AWS: the sync function, invoked asynchronously
 * (`InvocationType: 'Event'`, which Lambda queues and answers 202 at once), takes the run up
 * by its id. The API's handler returns before the run does, and none of the run's work is
 * left in the API's container. A call Lambda refuses is `UPSTREAM_UNAVAILABLE`. The Lambda
 * SDK is loaded at the first start, not at the API's cold start.
 */
export function lambdaSyncLauncher(options: {
  region: string;
  functionName: string;
}): SyncLauncher {
  let client:
    | Promise<{
        send: LambdaClient['send'];
        Invoke: typeof InvokeCommand;
      }>
    | undefined;
  const lambda = () =>
    (client ??= import('@aws-sdk/client-lambda').then(({ LambdaClient, InvokeCommand }) => {
      const sdk = new LambdaClient({ region: options.region, maxAttempts: 3, ...CLIENT_TIMEOUTS });
      return { send: sdk.send.bind(sdk), Invoke: InvokeCommand };
    }));
  return {
    async start(event) {
      const { send, Invoke } = await lambda();
      const answer = await send(
        new Invoke({
          FunctionName: options.functionName,
          InvocationType: 'Event',
          Payload: new TextEncoder().encode(JSON.stringify(event)),
        }),
      ).catch((error: unknown) => {
        throw new UsersyncError('UPSTREAM_UNAVAILABLE', 'The sync function could not be invoked.', {
          cause: error,
        });
      });
      if (answer.StatusCode !== 202) {
        throw new UsersyncError(
          'UPSTREAM_UNAVAILABLE',
          `The sync function's invoke answered ${String(answer.StatusCode)}, not 202.`,
        );
      }
    },
  };
}
