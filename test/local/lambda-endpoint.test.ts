import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaEndpoint, type LambdaEndpoint } from '../../src/local/lambda-endpoint.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { CognitoTriggerEvent, TriggerHandler } from '../../src/triggers/types.ts';

const event: CognitoTriggerEvent = {
  version: '1',
  triggerSource: 'PreSignUp_SignUp',
  userPoolId: 'local_pool',
  userName: 'abc',
  request: { userAttributes: { email: 'ada@example.com' } },
  response: {},
};

describe('Lambda Invoke endpoint', () => {
  let endpoint: LambdaEndpoint;
  beforeAll(async () => {
    const handlers = new Map<string, TriggerHandler>([
      ['echo', (e) => Promise.resolve({ ...e, response: { autoConfirmUser: true } })],
      ['fail', () => Promise.reject(new Error('Email already registered'))],
    ]);
    endpoint = await startLambdaEndpoint({ logger: createLogger({ level: 'silent' }), handlers });
  });
  afterAll(async () => {
    await endpoint.close();
  });

  const invoke = (name: string) =>
    fetch(`${endpoint.url}/2015-03-31/functions/${name}/invocations`, {
      method: 'POST',
      body: JSON.stringify(event),
    });

  it('listens on loopback only', () => {
    expect(new URL(endpoint.url).hostname).toBe('127.0.0.1');
  });

  it('runs the named handler and answers its event', async () => {
    const response = await invoke('echo');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amz-function-error')).toBeNull();
    expect(await response.json()).toEqual({ ...event, response: { autoConfirmUser: true } });
  });

  it('answers a handler error as an unhandled Lambda error', async () => {
    const response = await invoke('fail');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await response.json()).toEqual({
      errorType: 'Error',
      errorMessage: 'Email already registered',
    });
  });

  it('answers an unknown function with 404 ResourceNotFoundException', async () => {
    const response = await invoke('nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  });
});
