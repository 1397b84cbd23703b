import type { CognitoTriggerEvent } from '../src/triggers/types.ts';

/** A Cognito trigger event as Cognito (V1) sends it. */
export function triggerEvent(
  triggerSource: string,
  userAttributes: Record<string, string>,
  overrides: Partial<CognitoTriggerEvent> = {},
): CognitoTriggerEvent {
  return {
    version: '1',
    triggerSource,
    region: 'us-east-1',
    userPoolId: 'us-east-1_Test',
    userName: userAttributes['sub'] ?? 'someone',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
    request: { userAttributes },
    response: {},
    ...overrides,
  };
}
