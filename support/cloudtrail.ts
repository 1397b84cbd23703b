import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The EventBridge CloudTrail event of `test/fixtures/aws/` (its README names the source). */
const SAMPLE = JSON.parse(
  readFileSync(
    new URL('../test/fixtures/aws/cloudtrail-admin-disable-user.json', import.meta.url),
    'utf8',
  ),
) as { detail: Record<string, unknown> } & Record<string, unknown>;

/**
 * That event, recording `eventName` on the user `sub` in `userPoolId` with a fresh
 * `eventID` (Cognito hides the username and puts the `sub` in `additionalEventData`), and
 * any other fields of the record replaced by `detail`.
 */
export function cloudTrailEvent(
  eventName: string,
  sub: string,
  userPoolId: string,
  detail: Record<string, unknown> = {},
) {
  return {
    ...structuredClone(SAMPLE),
    detail: {
      ...structuredClone(SAMPLE.detail),
      eventID: randomUUID(),
      eventName,
      requestParameters: { userPoolId, username: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
      additionalEventData: { sub },
      ...detail,
    },
  };
}
