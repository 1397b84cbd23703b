import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { isUsersyncError } from '../../src/domain/errors.ts';
import { lambdaSyncLauncher } from '../../src/lambdas/sync-invoker.ts';

// Lambda's asynchronous invoke is behaviour no emulator here has: aws-sdk-client-mock stands in.
describe("the API's launcher of the sync function", () => {
  const lambda = mockClient(LambdaClient);
  afterEach(() => lambda.reset());
  const event = {
    sync_cognito: true as const,
    dryRun: true,
    createMissing: false,
    markDeleted: false,
    segments: 16 as const,
    rps: 25,
    resume: '01a24dec-6164-7d38-8734-639c0d104258',
  };

  it('invokes the function asynchronously with the run to take up', async () => {
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
    await lambdaSyncLauncher({ region: 'us-east-1', functionName: 'usersync-sync' }).start(event);
    const [call] = lambda.commandCalls(InvokeCommand);
    expect(call?.args[0].input).toMatchObject({
      FunctionName: 'usersync-sync',
      InvocationType: 'Event',
    });
    expect(JSON.parse(new TextDecoder().decode(call?.args[0].input.Payload as Uint8Array))).toEqual(
      event,
    );
  });

  it('says UPSTREAM_UNAVAILABLE when Lambda refuses or answers otherwise', async () => {
    const launcher = lambdaSyncLauncher({ region: 'us-east-1', functionName: 'usersync-sync' });
    lambda.on(InvokeCommand).rejects(new Error('AccessDeniedException'));
    expect(
      isUsersyncError(await launcher.start(event).catch((e: unknown) => e), 'UPSTREAM_UNAVAILABLE'),
    ).toBe(true);
    lambda.on(InvokeCommand).resolves({ StatusCode: 200 });
    expect(
      isUsersyncError(await launcher.start(event).catch((e: unknown) => e), 'UPSTREAM_UNAVAILABLE'),
    ).toBe(true);
  });
});
