import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** A cdk-nag finding usersync accepts, and why. */
interface Acceptance {
  id: string;
  reason: string;
}

const MANAGED = 'arn:<AWS::Partition>:iam::aws:policy/service-role';

/** The findings usersync accepts across its stack, each with its reason. */
const ACCEPTED: Acceptance[] = [
  {
    id: `AwsSolutions::AwsSolutions-IAM4[Policy::${MANAGED}/AWSLambdaBasicExecutionRole]`,
    reason:
      "AWS's managed policy for a function's own log stream (logs:CreateLogStream and PutLogEvents); a hand-written copy would grant the same.",
  },
  {
    id: `AwsSolutions::AwsSolutions-IAM4[Policy::${MANAGED}/AWSLambdaVPCAccessExecutionRole]`,
    reason:
      "AWS's managed policy for the network interfaces a function in a VPC needs (ec2:CreateNetworkInterface and the like, which take no resource-level scope).",
  },
  {
    id: 'AwsSolutions::AwsSolutions-L1',
    reason:
      'The bundles are built for and tested on Node 20 (esbuild target node20); they run on nodejs22.x, the nearest runtime AWS still creates functions on. Moving to the newest is a tested change of its own.',
  },
  {
    id: 'AwsSolutions::AwsSolutions-APIG4',
    reason:
      "The API authorizes each route itself: its JWT guard (aws-jwt-verify) checks the pool's tokens, and the /auth routes (sign-up, sign-in) must be reachable without one.",
  },
  {
    id: 'AwsSolutions::AwsSolutions-COG2',
    reason:
      'MFA is optional (TOTP): whether to require it is the team’s decision for its users; usersync works either way.',
  },
  {
    id: 'AwsSolutions::AwsSolutions-COG8',
    reason:
      'The feature plan is a context choice (featurePlan): Plus costs more per user, and usersync needs only Essentials (V2 token events) or Lite (V1).',
  },
];

/** The wildcard the CDK's custom-resource provider grants on the function it invokes (its versions). */
function providerInvokeWildcard(functionLogicalId: string): Acceptance {
  return {
    id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
    reason:
      "The CDK's custom-resource provider may invoke any version of the one function it fronts (migrations, or wiring the triggers); the wildcard covers its versions only.",
  };
}

/** Records every accepted finding, with its reason, on usersync's construct (its resources only). */
export function acceptFindings(scope: IConstruct, providerFunctions: string[]): void {
  for (const acceptance of [...ACCEPTED, ...providerFunctions.map(providerInvokeWildcard)]) {
    Validations.of(scope).acknowledge(acceptance);
  }
}
