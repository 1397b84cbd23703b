import { configBase, readConfigFile } from '../config/file.ts';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { z } from 'zod';
import { createTriggerFunctions } from '../aws/lambda-functions.ts';
import { createCognitoGateway } from '../cognito/gateway.ts';
import { PRE_TOKEN_VERSIONS, TRIGGER_SLOTS, type TriggerName } from '../domain/triggers.ts';
import { createLogger } from '../logging/logger.ts';
import { attachTriggers, detachTriggers } from '../services/triggers/attach.ts';
import { CLIENT_TIMEOUTS } from '../aws/client-options.ts';

/** The custom resource's properties (CloudFormation passes every value as a string). */
const PropertiesSchema = z.object({
  PoolId: z.string().min(1),
  Functions: z.record(z.enum(Object.keys(TRIGGER_SLOTS) as [TriggerName]), z.string()),
  PreTokenVersion: z.enum(PRE_TOKEN_VERSIONS).optional(),
  Force: z.enum(['true', 'false']).default('false'),
});

/** The part of a CloudFormation custom resource event this handler reads. */
interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  ResourceProperties: Record<string, unknown>;
  PhysicalResourceId?: string;
}

const logger = createLogger({ level: process.env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });

/**
 * `usersync triggers attach` as the custom resource of a stack given an existing pool:
 * Create and Update wire the stack's functions into the pool's trigger slots, changing
 * nothing else; Delete takes them out again and restores what they replaced. It needs no
 * database, only the Cognito and Lambda APIs.
 */
export async function handler(event: CustomResourceEvent) {
  const properties = PropertiesSchema.parse(event.ResourceProperties);
  const region = process.env['AWS_REGION'];
  const cognito = new CognitoIdentityProviderClient({ region, maxAttempts: 5, ...CLIENT_TIMEOUTS });
  const lambda = new LambdaClient({ region, maxAttempts: 5, ...CLIENT_TIMEOUTS });
  const deps = {
    cognito: createCognitoGateway(cognito),
    functions: createTriggerFunctions(lambda),
    // The configuration file bundled beside this function (it needs no other settings).
    claims: readConfigFile(process.env['USERSYNC_CONFIG'] || undefined, configBase(process.env))
      .claims,
  };
  const physicalId = `usersync-triggers-${properties.PoolId}`;
  try {
    const report =
      event.RequestType === 'Delete'
        ? await detachTriggers(deps, { poolId: properties.PoolId, dryRun: false })
        : await attachTriggers(deps, {
            poolId: properties.PoolId,
            functions: properties.Functions,
            preTokenVersion: properties.PreTokenVersion,
            force: properties.Force === 'true',
            dryRun: false,
          });
    logger.info({ requestType: event.RequestType, changes: report.changes }, 'trigger slots');
    for (const warning of report.warnings) logger.warn({ warning }, warning.message);
    return { PhysicalResourceId: physicalId };
  } finally {
    cognito.destroy();
    lambda.destroy();
  }
}
