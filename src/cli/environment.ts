import { isLoopbackUrl } from '../cognito/client.ts';
import type { Config } from '../config/config.ts';
import { UsersyncError } from '../domain/errors.ts';
import { readLocalFile, type LocalStackInfo } from '../local/local-file.ts';

/** Where one service a command talks to is: an emulator on this machine, or AWS. */
export interface ServiceTarget {
  service: 'Cognito' | 'DynamoDB' | 'PostgreSQL';
  side: 'local' | 'aws';
  /** What decided it, for the error: the variable or the running stack. */
  because: string;
}

function side(endpoint: string): 'local' | 'aws' {
  return isLoopbackUrl(endpoint) ? 'local' : 'aws';
}

/**
 * Where each service the configuration names is, as the CLI would reach it:
 * - Cognito: `COGNITO_ENDPOINT` (an emulator on loopback is local), else AWS for
 *   `COGNITO_USER_POOL_ID`, else the running local stack's emulator;
 * - DynamoDB (`USER_STORE=dynamodb`): `DYNAMODB_ENDPOINT`, else the running stack's
 *   dynalite, else AWS;
 * - PostgreSQL: `DATABASE_SECRET_ARN` is AWS; a `DATABASE_URL` server or the embedded
 *   database emulates no AWS service, so it goes with either side and is not counted.
 */
export function serviceTargets(config: Config, running: LocalStackInfo | undefined) {
  const targets: ServiceTarget[] = [];
  const { endpoint, userPoolId } = config.cognito;
  if (endpoint !== undefined) {
    targets.push({ service: 'Cognito', side: side(endpoint), because: 'COGNITO_ENDPOINT' });
  } else if (userPoolId !== undefined) {
    targets.push({
      service: 'Cognito',
      side: 'aws',
      because: 'COGNITO_USER_POOL_ID without COGNITO_ENDPOINT',
    });
  } else if (running !== undefined) {
    targets.push({ service: 'Cognito', side: 'local', because: 'the running local stack' });
  }
  if (config.userStore === 'dynamodb') {
    const dynamo = config.dynamodb.endpoint;
    if (dynamo !== undefined) {
      targets.push({ service: 'DynamoDB', side: side(dynamo), because: 'DYNAMODB_ENDPOINT' });
    } else if (running?.dynamodbEndpoint !== undefined) {
      targets.push({ service: 'DynamoDB', side: 'local', because: 'the running local stack' });
    } else {
      targets.push({
        service: 'DynamoDB',
        side: 'aws',
        because: 'USER_STORE=dynamodb without DYNAMODB_ENDPOINT or a running local stack',
      });
    }
  } else if (config.databaseSecretArn !== undefined) {
    targets.push({ service: 'PostgreSQL', side: 'aws', because: 'DATABASE_SECRET_ARN' });
  }
  return targets;
}

/**
 * Refuses a command whose services are some local and some on AWS (`CONFIG_INVALID`, exit
 * 1, naming each and why), unless `allowMixed` (`--allow-mixed-environments`): a command
 * meant for the local stack must never write to a real table because one variable was
 * missing, and one meant for AWS must never read an emulator's pool.
 */
export function assertOneEnvironment(targets: ServiceTarget[], allowMixed: boolean): void {
  if (allowMixed) return;
  const local = targets.filter((target) => target.side === 'local');
  const aws = targets.filter((target) => target.side === 'aws');
  if (local.length === 0 || aws.length === 0) return;
  const list = (group: ServiceTarget[]) =>
    group.map((target) => `${target.service} (${target.because})`).join(', ');
  throw new UsersyncError(
    'CONFIG_INVALID',
    `Invalid configuration: this command would reach local ${list(local)} and AWS ${list(aws)}. One command talks to one environment: set the missing endpoint (or USERSYNC_DATA_DIR for the running stack), unset the stray one, or pass --allow-mixed-environments.`,
    {
      context: {
        local: local.map((target) => target.service),
        aws: aws.map((target) => target.service),
      },
    },
  );
}

/** {@link assertOneEnvironment} on the configuration and the data directory's running stack. */
export async function checkOneEnvironment(config: Config, allowMixed: boolean): Promise<void> {
  if (allowMixed) return;
  assertOneEnvironment(serviceTargets(config, await readLocalFile(config.dataDir)), allowMixed);
}
