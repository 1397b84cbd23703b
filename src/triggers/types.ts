/**
 * The part of every Cognito trigger event usersync relies on. Each trigger's own module
 * validates the rest of its event.
 */
export interface CognitoTriggerEvent {
  version?: string | null;
  triggerSource: string;
  region?: string | null;
  userPoolId: string;
  userName?: string | null;
  callerContext?: { awsSdkVersion?: string; clientId?: string | null } | null;
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

/** A Lambda handler for a Cognito trigger: it returns the event, with `response` filled in. */
export type TriggerHandler = (event: CognitoTriggerEvent) => Promise<CognitoTriggerEvent>;
