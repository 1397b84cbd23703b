import { randomUUID } from 'node:crypto';

/**
 * The EventBridge event of a CloudTrail record of `eventName` on the user `sub` in
 * `userPoolId`, in the shape test/fixtures/aws names the source of: Cognito hides the
 * username and puts the `sub` in `additionalEventData`.
 */
export function cloudTrailEvent(eventName: string, sub: string, userPoolId: string) {
  return {
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.cognito-idp',
    detail: {
      eventID: randomUUID(),
      eventName,
      eventSource: 'cognito-idp.amazonaws.com',
      requestParameters: { userPoolId, username: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
      additionalEventData: { sub },
    },
  };
}
